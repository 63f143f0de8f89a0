# itertools' lazy iterators: count, cycle, repeat, islice, chain, accumulate and friends.
import itertools

counter = itertools.count(5)
print(counter, next(counter), next(counter), counter)
print(itertools.count(), itertools.count(1, 2), itertools.count(0.5), itertools.count(0, 1.0))
print(type(counter), type(itertools.chain()))
steps = itertools.count(10, -3)
print([next(steps) for _ in range(4)], steps)
print(list(itertools.islice(itertools.cycle('abc'), 7)))
print(list(itertools.repeat('x', 3)), itertools.repeat('x'), itertools.repeat(7, 2))
times = itertools.repeat(None, 2)
next(times)
print(times, list(times), times, list(itertools.repeat(1, -4)))
print(list(itertools.islice('abcdefg', 3)), list(itertools.islice('abcdefg', 2, 5)))
print(list(itertools.islice('abcdefg', 1, None, 2)), list(itertools.islice('abc', None)))
numbers = iter(range(10))
print(list(itertools.islice(numbers, 2, 4)), next(numbers))
print(list(itertools.chain('ab', [1, 2], (3,))), list(itertools.chain.from_iterable(['xy', 'z'])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([5, 1, 7, 2], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([])))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.filterfalse(lambda x: x % 2, range(7))), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.zip_longest('abc', [1], fillvalue='-')), list(itertools.zip_longest()))
print(list(itertools.pairwise('abcd')), list(itertools.pairwise('a')))
print(itertools.islice('abc', 2), itertools.chain('a'))
chained = itertools.chain([1], 5)
print(next(chained))
for bad in [lambda: itertools.count('a'), lambda: itertools.islice('abc', -1),
            lambda: itertools.islice('abc', -2, 3), lambda: itertools.islice('abc', 0, 2, 0),
            lambda: itertools.cycle(3), lambda: next(chained)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


def ticks():
    for t in itertools.count(1):
        yield 'tick %d' % t


print(list(itertools.islice(ticks(), 3)))
evens = itertools.takewhile(lambda n: 10 // (n - 6) != 0, itertools.count(0, 2))
print(list(evens))
