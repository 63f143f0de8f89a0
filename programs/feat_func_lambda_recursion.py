# lambda, recursion and functions as values.
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(2), add(2, 3), (lambda: "no args")())


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fact(10), fact(25), [fib(i) for i in range(15)])


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(5, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))


def apply(f, *args):
    return f(*args)


print(apply(max, 3, 9, 2), apply(len, "abc"), fact.__name__, square.__name__)
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
def nothing():
    pass
print(nothing(), nothing.__name__)
