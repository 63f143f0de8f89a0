# collections.namedtuple: fields as a string or a list, defaults, rename, _make/_replace/_asdict,
# tuple behaviour (indexing, unpacking, comparison, +), CPython's argument errors, a bad call.
from collections import namedtuple
P = namedtuple('Point', 'x y')
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1])
p = P(1, 2)
for f in [lambda: P(1), lambda: P(), lambda: Q(), lambda: P(1,2,3), lambda: Q(1,2,3,4), lambda: P(1, x=2), lambda: P(1, 2, z=3), lambda: setattr(p, 'x', 5), lambda: P._make([1]), lambda: p._replace(z=1), lambda: namedtuple('P', 'x _y'), lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'x def'), lambda: namedtuple('1P', 'x'), lambda: namedtuple('P', 'x', defaults=[1,2]), lambda: p[5], lambda: P(z=1, x=1)]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
print(P, Q._field_defaults, namedtuple('R', 'a def _c', rename=True)._fields, P.__module__)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), 2 in p, p == (1, 2), p != P(1, 3), p < P(1, 3))
x, y = p
print(x, y, p._fields, P._fields, p._asdict(), p._replace(y=5), P._make([3, 4]), Q(9), Q(1, c=7))
print(p + (3,), p * 2, p.count(1), p.index(2), type(p).__name__, max(p), sorted([P(2, 1), P(1, 5)]))
print(tuple(p), '{} {}'.format(*p), P(x=1, y=[2]), type(p))
Task = namedtuple('Task', 'name, priority')
print(Task('a', 1), Task._fields, [t.name for t in sorted([Task('b', 2), Task('a', 1)], key=lambda t: t.priority)])
def f(x, y):
    return x - y


print(f(*P(5, 3)), f(**P(y=5, x=3)._asdict()))
P(1, 2, 3)
