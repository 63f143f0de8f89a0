# copy: shallow and deep copies of nested containers, shared and recursive references (the memo),
# instances, the __copy__ / __deepcopy__ hooks, __getstate__ / __setstate__.
import copy

grid = [[1, 2], [3, 4]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0].append(99)
print(grid, shallow, deep, shallow[1] is grid[1], deep[1] is grid[1])

config = {'name': 'srv', 'ports': [80, 443], 'tags': {1, 2}, 'limits': (1, [2])}
c2 = copy.deepcopy(config)
c2['ports'].append(8080)
c2['limits'][1].append(3)
print(config)
print(sorted(c2['tags']), c2['limits'], c2['tags'] is config['tags'])

t = (1, 'x', (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
loop = [1]
loop.append(loop)
l2 = copy.deepcopy(loop)
print(l2[1] is l2, l2 is not loop, l2)
pairs = copy.deepcopy([(1, [2]), ([3],), ('k', {'v': [4]})])
pairs[0][1].append(0)
print(pairs, copy.deepcopy({5, 6}), copy.deepcopy(frozenset([7])))
memo = {}
a = copy.deepcopy([shared], memo)
b = copy.deepcopy([shared], memo)
print(a[0] is b[0], id(shared) in memo)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, type(r).__name__, q.y is p.y)


class Counted:
    copies = 0

    def __init__(self, items):
        self.items = items

    def __copy__(self):
        Counted.copies += 1
        return Counted(self.items)

    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted(copy.deepcopy(self.items, memo))


c = Counted([1])
print(copy.copy(c).items is c.items, copy.deepcopy(c).items is c.items, Counted.copies)


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = 'open'

    def __getstate__(self):
        return {'host': self.host}

    def __setstate__(self, state):
        print('setstate', state)
        self.host = state['host']
        self.socket = None


class Money:
    def __init__(self, cents, currency):
        self.cents, self.currency = cents, currency

    def __reduce__(self):
        print('reduce', self.cents)
        return (Money, (self.cents, self.currency))


m = copy.deepcopy([Money(250, ['EUR'])])[0]
print(m.cents, m.currency, copy.copy(m).cents)


class Token:
    def __reduce_ex__(self, protocol):
        return 'TOKEN'


tok = Token()
print(copy.copy(tok) is tok, copy.deepcopy([tok])[0] is tok)
c3 = copy.deepcopy(Conn('db'))
print(c3.host, c3.socket)
e = copy.deepcopy(ValueError('bad', [1]))
print(repr(e), type(e).__name__)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(None), copy.deepcopy(3.5))


def gen():
    yield 1


g = gen()
print(list(g))
try:
    copy.deepcopy(g)
except TypeError as e:
    print('TypeError:', e)
c3.socket.close()
