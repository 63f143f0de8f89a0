# Closures, nonlocal and global.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

total = 0


def add(n):
    global total
    total += n


add(5)
add(7)
print("total", total)


def multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in multipliers()])
late = [lambda: i for i in range(3)]
print([f() for f in late])


def outer():
    x = "outer"

    def inner():
        return x

    x = "changed"
    return inner


print(outer()())
