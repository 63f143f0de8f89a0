# A class-based context manager: __enter__/__exit__, exception info, suppression.
class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tag("p") as t:
    print("inside", t)
with Tag("div", suppress=True):
    print("about to fail")
    raise ValueError("swallowed")
    print("not reached")
print("after suppressed error")
try:
    with Tag("span"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Tag("a") as x, Tag("b") as y:
    print("two managers", x, y)


def early():
    with Tag("fn"):
        return "returned"


print(early())
