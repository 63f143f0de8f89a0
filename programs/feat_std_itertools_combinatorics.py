# itertools' combinatoric iterators, groupby and tee.
import itertools

print(list(itertools.product('ab', range(2))))
print(list(itertools.product([0, 1], repeat=3))[:4], len(list(itertools.product('abc', repeat=2))))
print(list(itertools.product()), list(itertools.product('ab', [])))
print(list(itertools.permutations('abc')))
print(list(itertools.permutations(range(4), 2))[:5], list(itertools.permutations('ab', 3)))
print(list(itertools.combinations('abcd', 2)), list(itertools.combinations('abc', 0)))
print(list(itertools.combinations_with_replacement('abc', 2)))
print(list(itertools.combinations_with_replacement('', 0)), list(itertools.combinations_with_replacement('', 1)))
print(sum(1 for _ in itertools.combinations(range(10), 3)))

for key, group in itertools.groupby('aaabccaa'):
    print(key, list(group))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in itertools.groupby(words, key=lambda w: w[0])])
pairs = list(itertools.groupby([1, 1, 2, 2, 2]))
print([(k, list(g)) for k, g in pairs])
grouped = itertools.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda n: n % 2)
print([(k, len(list(g))) for k, g in grouped])
runs = itertools.groupby('xxyz')
key, first = next(runs)
print(key, next(first), next(runs)[0], list(first))

left, right = itertools.tee(iter([1, 2, 3, 4]))
print(next(left), next(left), list(right), list(left))
a, b, c = itertools.tee('xy', 3)
print(list(a), list(b), list(c), itertools.tee('z', 0))
stream = itertools.count()
head, rest = itertools.tee(stream)
print(list(itertools.islice(head, 3)), next(rest), next(stream))

for bad in [lambda: itertools.combinations('abc', -1), lambda: itertools.permutations('ab', -2),
            lambda: itertools.tee('a', -1), lambda: itertools.product(5),
            lambda: itertools.combinations('abc')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

for level, names in itertools.groupby(['3', '3', '4', 'x'], key=int):
    print(level, list(names))
