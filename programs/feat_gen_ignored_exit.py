# A generator that swallows GeneratorExit and yields again: close() raises RuntimeError.
def stubborn():
    for i in range(2):
        try:
            yield "tick"
        except GeneratorExit:
            print("ignoring GeneratorExit")


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still suspended, resuming:", next(g, "finished"))


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up")
        return "ignored value"


h = returns_on_exit()
next(h)
print(h.close())
print("end")
