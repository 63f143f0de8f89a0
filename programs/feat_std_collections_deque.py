# collections.deque: both ends, maxlen, rotate, indexing, comparisons and its errors.
from collections import deque

d = deque([1, 2, 3], maxlen=3)
print(d, d.maxlen, len(d))
d.append(4)
d.appendleft(0)
print(d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend('ab')
print(d)
d.extendleft([7, 8])
print(d, d.count(7), d.index(8))

e = deque(range(5))
e.remove(3)
e.reverse()
print(e, e[0], e[-1], 4 in e, list(reversed(e)))
e[1] = 'x'
del e[0]
print(e.pop(), e.popleft(), e, bool(e), bool(deque()))
print(deque() == deque(), deque([1]) == [1], deque([1]) != deque([2]), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque([5], maxlen=2))
e.clear()
print(e, deque(maxlen=0), deque('abc', 2))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))

for bad in [lambda: d.remove(5), lambda: d.index(5), lambda: deque().pop(),
            lambda: deque().popleft(), lambda: d[5], lambda: d + [1],
            lambda: d[1:2], lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2),
            lambda: setattr(d, 'maxlen', 3), lambda: d.rotate('a'), lambda: d * 'a']:
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)

q = deque([1, 2, 3])
try:
    for x in q:
        if x == 3:
            q.append(9)
except RuntimeError as exc:
    print(exc, q)

a, b, *c = deque('xyz')
print(a, b, c)
print(sorted(deque([3, 1, 2])), sum(deque([1, 2])), max(deque([4, 9])), list(enumerate(deque('ab'))))


class History(deque):
    pass


h = History([1, 2], 5)
print(h, isinstance(h, deque), h.copy())
deque().popleft()
