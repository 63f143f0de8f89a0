# lru_cache and cache on methods: the cache is shared by the class, self is part of the key
# (here each Grid is its own key: they hash by identity).
import functools


class Grid:
    def __init__(self, size):
        self.size = size

    @functools.lru_cache(maxsize=4)
    def paths(self, row, col):
        if row == 0 or col == 0:
            return 1
        return self.paths(row - 1, col) + self.paths(row, col - 1)

    @functools.cache
    def area(self):
        print('computing area of', self.size)
        return self.size * self.size

    def __repr__(self):
        return 'Grid(%d)' % self.size


g = Grid(3)
h = Grid(4)
print(g.area(), g.area(), h.area(), h.area(), Grid(3).area())
print(Grid.area.cache_info())
print(g.paths(3, 3), Grid.paths.cache_info())
print(g.paths.__name__, Grid.paths.__qualname__, Grid.paths.__wrapped__.__name__)
print(repr(g.area)[:24])
Grid.paths.cache_clear()
print(Grid.paths.cache_info())


def make_counter():
    @functools.lru_cache(maxsize=None)
    def double(x):
        print('doubling', x)
        return 2 * x
    return double


d = make_counter()
print(d(2), d(2), d.cache_info(), type(d))


class Broken:
    @functools.cache
    def value(self):
        return 1 / 0


Broken().value()
