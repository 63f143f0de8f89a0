# yield from: delegation, send passing through, the subgenerator's return value.
def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("inner received", got)
    return f"inner done ({n})"


def outer():
    r1 = yield from inner(2)
    print("outer got", r1)
    r2 = yield from inner(1)
    print("outer got", r2)
    yield from ["x", "y"]
    return "outer done"


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)


def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
