# functools.lru_cache, cache, total_ordering and cmp_to_key.
import functools


@functools.lru_cache(maxsize=2)
def slow_square(x):
    print('computing', x)
    return x * x


print(slow_square(2), slow_square(3), slow_square(2))
print(slow_square(4), slow_square(3))
print(slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
print(slow_square.__name__, slow_square.__wrapped__(5))
slow_square.cache_clear()
print(slow_square.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.cache_info())


@functools.cache
def count_paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)


print(count_paths(8, 8), count_paths.cache_info())
print(count_paths.cache_parameters())


@functools.lru_cache(maxsize=None, typed=True)
def describe(x):
    return type(x).__name__


print(describe(1), describe(1.0), describe(1), describe.cache_info())


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'Version(%d, %d)' % (self.major, self.minor)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), b >= b)
print(sorted([b, Version(0, 9), a]), max(a, b))
try:
    @functools.total_ordering
    class Unordered:
        pass
except ValueError as e:
    print('ValueError:', e)


def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


words = ['pear', 'fig', 'apple', 'kiwi', 'plum']
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
key = functools.cmp_to_key(by_length_then_reverse)
print(type(key), key('abc').obj)
print(key('ab') < key('abc'), key('ab') == key('ab'))

slow_square([1, 2])
