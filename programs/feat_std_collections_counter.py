# collections.Counter: counting, most_common (ties in insertion order), elements, update/subtract,
# the multiset operators, equality, and its errors.
from collections import Counter
c = Counter('abracadabra')
print(c, len(c), c['a'], c['z'], 'z' in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('zz')
c.update({'a': -4})
print(c)
c.subtract(b=5)
c.subtract(['r', 'r'])
print(c)
x = Counter(a=3, b=1, c=0)
y = Counter(a=1, b=2, d=-2)
print(x + y, x - y, x | y, x & y, +y, -y)
x += Counter(b=-1)
print(x)
print(Counter() , Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
del x['nothing']
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3), dict(Counter(words)))
for k, v in Counter('bca').items():
    print(k, v)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
try:
    Counter() + 1
except TypeError as e:
    print(e)
c = Counter('ab')
c['c'] += 1
print(c, Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1, b=0), Counter(a=2) > Counter(a=1),
      Counter(a=1) >= Counter(b=1))
Counter('ab') + 'ab'
