# list methods.
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.insert(0, 2)
xs.insert(100, 6)
xs.insert(-1, 7)
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(4), xs.count(1), 9 in xs, 8 not in xs)
xs.reverse()
print(xs)
ys = xs.copy()
ys.clear()
print(xs, ys)
zs = xs
zs.append(0)
print(xs is zs, xs == xs.copy(), xs is xs.copy())
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, [] == [], [1, 2] < [1, 3])
a = [1, 2, 3]
a += [4]
a *= 2
print(a, sum(a), min(a), max(a))
