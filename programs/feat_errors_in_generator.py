# An exception raised inside a generator surfaces at the next() that resumed it.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")


def total(gen):
    s = 0
    for n in gen:
        print("got", n)
        s += n
    return s


print(total(numbers()))
