# throw() and close() on generators; GeneratorExit handling.
def worker():
    try:
        while True:
            try:
                x = yield
                print("worker got", x)
            except ValueError as e:
                print("worker handled", repr(e))
                yield "recovered"
    except GeneratorExit:
        print("worker closing")
        raise
    finally:
        print("worker finally")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("oops")))
w.send(2)
w.close()
w.close()
print("closed")
try:
    w.send(3)
except StopIteration:
    print("send after close: StopIteration")


def simple():
    yield 1
    yield 2


s = simple()
try:
    s.throw(KeyError("before start"))
except KeyError as e:
    print("propagated", repr(e))
s2 = simple()
next(s2)
s2.close()
print(next(s2, "done"))
n = simple()
n.close()
print(list(n))
