# functools.partial, reduce and wraps: partial fixes arguments, reduce folds a sequence,
# wraps keeps a decorated function's name.
import functools
import operator


def power(base, exponent=2, *rest, **options):
    return base ** exponent, rest, options


square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print(square(4), cube(2))
print(square)
print(square.func is power, square.args, square.keywords)
two_to = functools.partial(power, 2)
print(two_to(10), two_to(3, 'x', verbose=True))
nested = functools.partial(two_to, 5, 'more')
print(nested)
print(nested.args, nested.func is power)
print(type(square), callable(square))
try:
    functools.partial(42)
except TypeError as e:
    print('TypeError:', e)

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(functools.reduce(operator.add, [], 'empty'))
print(functools.reduce(lambda a, b: a + [b], 'abc', []))
print(functools.reduce(max, [3, 9, 2]))
for bad in [lambda: functools.reduce(operator.add, 7), lambda: functools.reduce(max),
            lambda: functools.reduce(max, [], initial=0), lambda: functools.partial()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    return 'hello ' + name


print(greet('ada'))
print(greet.__name__, greet.__qualname__, greet.__wrapped__.__name__)
print(greet)


def plain():
    pass


functools.update_wrapper(plain, greet.__wrapped__)
print(plain.__name__)

total = functools.reduce(operator.add, [])
print('not reached', total)
