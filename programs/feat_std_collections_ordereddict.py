# collections.OrderedDict: 3.11's repr, odict views, move_to_end, popitem(last), order-sensitive
# equality between OrderedDicts, and its KeyErrors.
from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, OrderedDict(), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, o1 == {'y': 2, 'x': 1}, dict(o1) == dict(o2), o1.copy(), OrderedDict(o1, z=3))
print(o1.get('x'), o1.pop('x'), o1.setdefault('w', 0), o1, list(o1), 'y' in o1.keys())
try:
    o1.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
OrderedDict(a=1)['b']
