# A StopIteration raised by the function a C iterator calls (map, filter, itertools.starmap,
# takewhile, accumulate) ends that iteration quietly, as in CPython; PEP 479 turns it into a
# RuntimeError only when it escapes a generator the program wrote.
import itertools


def stop_after_one(x):
    if x > 1:
        raise StopIteration('enough')
    return x


print(list(map(stop_after_one, [1, 2, 3])), list(filter(stop_after_one, [1, 2, 3])))
print(list(itertools.starmap(stop_after_one, [(1,), (2,), (3,)])))
print(list(itertools.takewhile(stop_after_one, [1, 2, 3])))
print(list(itertools.accumulate([1, 2, 3], lambda total, x: stop_after_one(x))))
for n in itertools.filterfalse(stop_after_one, [0, 2, 5]):
    print('filterfalse gave', n)


def delegate():
    result = yield from map(stop_after_one, [1, 5])
    print('yield from ended with', result)
    yield 'after'


print(list(delegate()))
it = map(stop_after_one, [7])
try:
    next(it)
except StopIteration as e:
    print('next() passed on', repr(e))


def mine():
    yield stop_after_one(1)
    yield stop_after_one(2)


print(list(mine()))
