# list slicing, slice assignment and del.
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-2:], xs[7:2:-2])
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = [99]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[0]
del xs[-1]
print(xs)
del xs[1:4]
print(xs)
del xs[::2]
print(xs)
ys = [1, 2, 3]
ys[1:2] = []
print(ys)
ys[1:] = "xyz"
print(ys)
copy = ys[:]
copy[0] = "changed"
print(ys, copy)
