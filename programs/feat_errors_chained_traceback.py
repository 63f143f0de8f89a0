# An uncaught exception raised while handling another: both tracebacks are printed.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad config") from e


def load():
    return {"port": parse("eighty")}


print("loading")
load()
