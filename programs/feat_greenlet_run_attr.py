# Setting run after creation, subclassing greenlet, and greenlets created inside greenlets.
from greenlet import greenlet, getcurrent


def hello(name):
    return "hello " + name


g = greenlet()
g.run = hello
print(g.switch("world"))


class Worker(greenlet):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def run(self, n):
        total = 0
        for i in range(n):
            total += getcurrent().parent.switch(f"{self.label} step {i}")
        return f"{self.label} total {total}"


w = Worker("w1")
print(w.switch(3))
print(w.switch(10))
print(w.switch(20))
print(w.switch(30))
print(w.dead, isinstance(w, greenlet))
