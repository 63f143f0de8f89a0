# send() into a generator, and the return value carried by StopIteration.value.
def averager():
    total, count = 0, 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count


a = averager()
print(a.send(None))
print(a.send(10))
print(a.send(20))
print(a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)


def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"


e = echo()
print(next(e), e.send("a"), e.send("b"), next(e))
f = echo()
try:
    f.send("too early")
except TypeError as err:
    print("TypeError:", err)
