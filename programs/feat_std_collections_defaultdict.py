# collections.defaultdict: grouping and counting, a factory of None, nested defaults, dict methods,
# and the KeyError of a defaultdict without a factory.
from collections import defaultdict
d = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'bee']:
    d[word[0]].append(word)
print(d)
print(d['a'], d['z'], len(d), 'z' in d, 'q' in d, sorted(d), list(d.items()))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.default_factory, dict(counts.items()))
print(counts == {'m': 1, 'i': 4, 's': 4, 'p': 2}, counts.get('x'), 'x' in counts)
n = defaultdict(None, a=1)
print(n, defaultdict(lambda: 'x').default_factory is not None, defaultdict())
tree = defaultdict(lambda: defaultdict(int))
tree['x']['y'] += 2
print(tree['x'], len(tree))
print(counts.pop('m'), counts.setdefault('q', 9), counts.copy())
for k in d:
    print(k, d[k])
try:
    defaultdict(3)
except TypeError as e:
    print(e)
n['missing']
