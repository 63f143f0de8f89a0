# User generators consumed through itertools: the generators get lanes on the timeline, the
# itertools objects do not (they are C iterators in CPython).
import itertools


def numbers(label, n):
    for i in range(n):
        print(label, 'yields', i)
        yield i
    print(label, 'finished')


print(list(itertools.islice(numbers('a', 10), 2)))
print(list(itertools.chain(numbers('b', 2), numbers('c', 1))))
left, right = itertools.tee(numbers('d', 2))
print(next(right), list(left), list(right))
print(list(itertools.zip_longest(numbers('e', 2), numbers('f', 1), fillvalue='-')))
for key, group in itertools.groupby(numbers('g', 4), key=lambda x: x // 2):
    print(key, list(group))
print(list(itertools.accumulate(numbers('h', 3))))
print(list(itertools.pairwise(numbers('i', 3))))
print(list(itertools.product(numbers('j', 2), 'xy')))


def failing():
    yield 1
    raise KeyError('broken source')


print(list(itertools.takewhile(lambda x: x < 5, failing())))
