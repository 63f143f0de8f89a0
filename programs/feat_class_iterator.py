# An iterator class with __iter__/__next__, and an iterable whose __iter__ is a generator.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print("tick", n)
print(list(Countdown(5)), sum(Countdown(4)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i


sq = Squares(4)
print(list(sq), list(sq), 9 in sq, max(sq))
it = iter([10, 20])
print(next(it), next(it), next(it, None))
