# Star-arguments at call sites, unpacking in for loops and in comprehensions.
def describe(name, age, *hobbies, city="?", **extra):
    return f"{name} ({age}) from {city}, hobbies={hobbies}, extra={extra}"


args = ["Li", 30]
opts = {"city": "Beijing", "lang": "zh"}
print(describe(*args))
print(describe(*args, "chess", "go", **opts))
print(describe(*["Wang", 25, "tea"], **{"city": "Xi'an"}))
points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
print([x * y for x, y in points], dict((y, x) for x, y in points))
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
xs, ys = zip(*points)
print(xs, ys, list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(max(*[3, 9, 4]), "{}-{}".format(*"ab"), [*range(3), *"xy"])
first, second, *_ = "hello"
print(first, second, _)
