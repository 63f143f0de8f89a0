# set operations (small ints only: their order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(3 in a, 7 in a, len(a), {1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({8, 9}))
s = set()
print(s, type(s).__name__, {}, type({}).__name__)
s.add(5)
s.add(1)
s.add(5)
s.update([2, 3])
print(s)
s.discard(10)
s.remove(1)
print(s, s.pop(), s)
print(set([3, 1, 3, 2, 1]), sorted({9, 7, 8}), {x % 3 for x in range(10)})
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2])
print(f, f | {3}, {1, 2} == f)
print(set(), set("aaa"), len(set("hello")))
