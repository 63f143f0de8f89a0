# operator: the operators as functions, and itemgetter / attrgetter / methodcaller as keys.
import operator
import functools


class Task:
    def __init__(self, name, priority, owner):
        self.name = name
        self.priority = priority
        self.owner = owner

    def describe(self, prefix, suffix='!'):
        return prefix + self.name + suffix

    def __repr__(self):
        return 'Task(%r)' % self.name


class Owner:
    def __init__(self, name):
        self.name = name


tasks = [Task('write', 2, Owner('ann')), Task('read', 1, Owner('bob')), Task('test', 2, Owner('al'))]
print(sorted(tasks, key=operator.attrgetter('priority')))
print(sorted(tasks, key=operator.attrgetter('priority', 'name')))
print(list(map(operator.attrgetter('owner.name'), tasks)))
print(list(map(operator.methodcaller('describe', '-> '), tasks)))
print(operator.methodcaller('describe', '* ', suffix='?')(tasks[0]))
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=operator.itemgetter(1)), [operator.itemgetter(0, 2)(r) for r in rows])
print(operator.itemgetter('k')({'k': 'v'}), operator.itemgetter(slice(1, 3))('hello'))
print(operator.itemgetter(1), operator.itemgetter(1, 'a'))
print(operator.attrgetter('owner.name', 'priority'), operator.methodcaller('describe', 1, k=2))
print(type(operator.itemgetter(0)))

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.neg(5), operator.pos(-1), operator.abs(-3))
print(operator.pow(2, 10), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.concat([1], [2]))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt('b', 'a'), operator.ge(1, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains('hello', 'ell'), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.index(7), operator.index(True))
scores = {'ann': 1}
operator.setitem(scores, 'bob', 5)
print(operator.getitem(scores, 'bob'), scores)
operator.delitem(scores, 'ann')
print(scores, operator.iadd([1], [2]), operator.imul(3, 4))
print(functools.reduce(operator.mul, range(1, 8)), list(map(operator.add, [1, 2], [10, 20])))

for bad in [lambda: operator.index(2.5), lambda: operator.itemgetter(), lambda: operator.attrgetter(3),
            lambda: operator.methodcaller(None), lambda: operator.methodcaller(), lambda: operator.attrgetter('missing')(tasks[0]),
            lambda: operator.itemgetter(5)([1]), lambda: operator.indexOf([1], 2)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ':', e)

print(operator.add(1, 'one'))
