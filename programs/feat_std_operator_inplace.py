# operator's in-place functions (they return the result; a list is changed in place),
# concat's sequence check, call and matmul.
import operator

items = [1]
print(operator.iconcat(items, [2]) is items, items, operator.iadd(items, (3,)) is items, items)
print(operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 2), operator.ipow(2, 5))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.ilshift(1, 3), operator.irshift(8, 1))
print(operator.isub(10, 4), operator.imul('ab', 2), operator.call(max, 1, 5, key=None))
seen = {1}
print(operator.ior(seen, {2}) is seen, seen)
text = 'ab'
print(operator.iadd(text, 'c'), text)


class Matrix:
    def __matmul__(self, other):
        return 'Matrix @ %r' % (other,)

    def __imul__(self, other):
        return 'scaled by %r' % (other,)


class Letters:
    def __getitem__(self, i):
        return 'abc'[i]


class Joinable(Letters):
    def __add__(self, other):
        return 'joined'


print(operator.matmul(Matrix(), 2), operator.imul(Matrix(), 3))
print(operator.concat('ab', 'cd'), operator.concat((1,), (2,)), operator.concat(Joinable(), Letters()))
for a, b in [(1, 2), ({}, {}), (Letters(), Letters()), (range(2), range(3)), ([1], (2,)), (Joinable(), 5)]:
    try:
        print(operator.concat(a, b))
    except TypeError as e:
        print('TypeError:', e)
print(operator.iconcat({1: 2}, {3: 4}))
