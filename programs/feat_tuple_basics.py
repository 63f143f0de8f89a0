# tuples: creation, indexing, immutability, methods.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], len(t), t.count(2), t.index(3))
single = (5,)
empty = ()
print(single, empty, type(single).__name__, (5), len(empty))
u = 1, "two", 3.0
print(u, type(u).__name__)
print(t + (4,), t * 2, 2 in t, (1, 2) < (1, 3), (1, 2) == (1, 2))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
lst = [(2, "b"), (1, "a")]
lst.sort()
print(lst, max(lst), min(lst))
for a, b in lst:
    print(a, b)
print(hash((1, 2)) == hash((1, 2)))
