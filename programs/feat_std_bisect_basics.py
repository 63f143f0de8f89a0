# bisect: left/right positions among equal items, lo/hi bounds, key=, insort keeping a list
# sorted, and the argument errors of CPython's C module.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, 0, -1))
print(bisect.bisect_right(a, 2, 5, 2), bisect.bisect_left([], 1), bisect.bisect_right(a, 9, hi=4))
print(bisect.bisect_left([1, 2, 3], 2, lo=True, hi=False), bisect.bisect_right(a, 2, False, True))


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

s = []
for x in [5, 1, 4, 1, 5, 9, 2.0, 2]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 2.5)
bisect.insort_right(s, 5.0, 0, 3)
print(s)

# key= compares key(item); insort applies it to the new item too.
people = [('ann', 19), ('bob', 25), ('cy', 25), ('dee', 31)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 25, key=age), bisect.bisect_right(people, 25, key=age))
bisect.insort(people, ('eve', 25), key=age)
bisect.insort_left(people, ('fay', 25), key=age)
print(people)

for args in [(a, 1, -1), (a, 1, 0, 'x'), (a, 1, 'x'), (3, 1), (a,), (a, 1, 0, 2, 3)]:
    try:
        bisect.bisect_left(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for kwargs in [{'x': 1}, {'a': a, 'x': 2, 'hi': 3}, {'x': 1, 'a': a, 'high': 2}]:
    try:
        print(bisect.insort_left(a, **kwargs) if 'a' not in kwargs else bisect.bisect(**kwargs))
    except TypeError as e:
        print('TypeError:', e)
bisect.insort(['a', 'b'], 1)
