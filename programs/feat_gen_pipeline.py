# Chained generators (a pipeline) and lazy evaluation order.
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squared(src):
    for x in src:
        print("square", x)
        yield x * x


for v in squared(evens(numbers(5))):
    print("consume", v)
gen = (print("lazy", x) or x for x in range(2))
print("created")
print(list(gen))
it = iter(numbers(3))
print(next(it), "then", next(it))
print(list(zip(numbers(2), "ab")))
