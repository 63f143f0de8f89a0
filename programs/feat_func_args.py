# Default arguments, *args, **kwargs and keyword-only parameters.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Li"), greet("Wang", "Hi"), greet("Zhang", punct="?"), greet(greeting="Yo", name="Ma"))


def total(*nums, start=0):
    print("nums =", nums, "start =", start)
    return start + sum(nums)


print(total(), total(1, 2, 3), total(1, 2, start=10), total(*[4, 5]))


def show(**kw):
    for k, v in kw.items():
        print(" ", k, "=", v)
    return len(kw)


print(show(a=1, b="two"), show(**{"x": 0}))


def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2))
def f(a, /, b):
    return a + b
print(f(1, b=2), f(1, 2))
