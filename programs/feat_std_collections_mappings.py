# The collections mappings where a dict is expected: dict(x), {**x}, f(**x), d.update(x), and a
# class of one's own with keys() and __getitem__, as CPython reads any mapping.
from collections import Counter, OrderedDict, defaultdict


def f(**kw):
    return kw


c = Counter('abracadabra')
od = OrderedDict([('x', 1), ('y', 2)])
dd = defaultdict(list, {'k': [1]})
print(dict(c), dict(od), dict(dd))
print({**od, 'z': 3}, {'first': 0, **c}, f(**od), dict(w=0, **dd))
d = {'z': 0}
d.update(c, y=1)
d.update(od)
print(d)


class Shelf:
    def keys(self):
        return ['a', 'b']

    def __getitem__(self, key):
        return key.upper()


print(dict(Shelf()), {**Shelf()}, f(**Shelf()))
e = {}
e.update(Shelf())
print(e, Counter(dict(Shelf())), OrderedDict(Shelf()))
{**3}
