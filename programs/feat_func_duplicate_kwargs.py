# A keyword given twice through ** names the callable as CPython does (module and qualified name).
class K:
    def __init__(self, a):
        self.a = a

    def m(self, x):
        return x


def outer():
    def inner(**k):
        return k

    return inner


def f(a, b=2):
    return a + b


calls = [
    lambda: f(**{"a": 1}, a=3),
    lambda: K(**{"a": 1}, a=2),
    lambda: K(1).m(**{"x": 1}, **{"x": 2}),
    lambda: outer()(**{"a": 1}, a=2),
    lambda: print(**{"sep": 1}, sep=2),
    lambda: f(1, a=2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(f(**{"a": 1}, b=5), outer()(**{"x": 1}, y=2))
