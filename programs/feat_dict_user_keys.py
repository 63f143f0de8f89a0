# Instances of a class with its own __hash__ and __eq__ as dict keys: CPython hashes a key
# once, then compares it (==) only with the stored keys of the same hash, the stored key first.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


seen = {Point(1, 2): 'first'}
print(Point(1, 2) in seen, seen[Point(1, 2)], seen.get(Point(3, 4), 'none'))
seen[Point(1, 2)] = 'again'
seen[Point(3, 4)] = 'other'
print(seen, len(seen))
print(seen.setdefault(Point(3, 4), 'x'), seen.setdefault(Point(5, 6), 'new'))
print(seen.pop(Point(5, 6)), seen.pop(Point(7, 8), 'missing'))
del seen[Point(3, 4)]
print(seen)
print(hash(Point(1, 2)) == hash((1, 2)))

counts = {}
for p in [Point(0, 0), Point(1, 1), Point(0, 0), Point(0, 0)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print({Point(i % 2, 0): i for i in range(5)})
print(dict([(Point(1, 1), 'a'), (Point(1, 1), 'b')]), dict.fromkeys([Point(2, 2), Point(2, 2)]))

a = {Point(1, 1): 1, Point(2, 2): 2}
b = {Point(2, 2): 2, Point(1, 1): 1}
print(a == b, a == {Point(1, 1): 1, Point(2, 2): 3}, a != b)
print(a | {Point(1, 1): 'new'}, {**a, Point(3, 3): 3})
a |= {Point(9, 9): 9}
a.update([(Point(1, 1), 'updated')])
print(a, a.popitem())


class Tracked:
    # Says when Python calls it, to show how many times CPython does.
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        print('  hash', self.name)
        return self.h

    def __eq__(self, other):
        print('  eq', self.name, getattr(other, 'name', other))
        return isinstance(other, Tracked) and self.h == other.h

    def __repr__(self):
        return self.name


x, y, z = Tracked('x', 1), Tracked('y', 1), Tracked('z', 9)
print('d = {x: 1}')
d = {x: 1}
print('d[y] = 2 (same hash, equal)')
d[y] = 2
print('x in d (the same object: no eq)')
print(x in d)
print('z in d (another hash: no eq)')
print(z in d)
print('1 in d (an int with the same hash)')
print(1 in d)
print(d)
print('d == {y: 2}')
print(d == {y: 2})


# A namedtuple is a tuple: equal keys, one entry.
import collections
Pair = collections.namedtuple('Pair', 'a b')
pairs = {Pair(1, 2): 'named'}
print(pairs[(1, 2)], (1, 2) in pairs, {(1, 2): 'plain'}[Pair(1, 2)])
print({(Point(0, 1), 'tag'): 1}[(Point(0, 1), 'tag')])
