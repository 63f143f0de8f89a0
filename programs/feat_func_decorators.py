# Decorators: plain, with arguments, stacked.
def loud(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result

    return wrapper


@loud
def add(a, b):
    return a + b


add(1, 2)
add(a=3, b=4)


def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]

        return wrapper

    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("Li"))


def tag(t):
    return lambda f: lambda: f"<{t}>{f()}</{t}>"


@tag("b")
@tag("i")
def text():
    return "word"


print(text(), add.__name__)
