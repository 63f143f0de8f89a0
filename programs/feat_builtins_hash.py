# hash() and what can be a dict key or set element.


class Named:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return len(self.name)


class OnlyEq:
    # __eq__ without __hash__: Python sets __hash__ to None, the instances are unhashable.
    def __eq__(self, other):
        return True


class NoHash:
    __hash__ = None


class BadHash:
    def __hash__(self):
        return 'not an int'


class Minus:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2 ** 100


class Inherits(Named):
    pass


class Plain:
    pass


print(hash(Named('abc')), hash(Inherits('ab')), hash(Minus()), hash(Huge()) == hash(2 ** 100))
print(hash(1), hash(-1), hash(1.0), hash(1.5), hash(True), hash((1, 2)), hash((1, (2, 3.5))))
print(hash(10 ** 30), hash(-2), hash(None) == hash(None), hash(()))
print(hash((Named('x'), 2)) == hash((1, 2)))
p = Plain()
print(hash(p) == hash(p), {p: 1}[p], p in {p})
for value in [OnlyEq(), NoHash(), [1], {}, {1}, (1, [2])]:
    try:
        hash(value)
    except TypeError as e:
        print('hash:', e)
    try:
        {value: 1}
    except TypeError as e:
        print('dict key:', e)
    try:
        {value}
    except TypeError as e:
        print('set:', e)
try:
    hash(BadHash())
except TypeError as e:
    print(e)
try:
    {BadHash()}
except TypeError as e:
    print(e)


class Fails:
    def __hash__(self):
        raise ValueError('cannot hash this one')


try:
    {Fails(): 1}
except ValueError as e:
    print('ValueError:', e)
