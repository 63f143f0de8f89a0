# An exception raised inside a greenlet propagates to its parent (here: main) and ends the program.
from greenlet import greenlet


def worker(n):
    print("worker got", n)
    back = main.switch("paused")
    print("worker resumed with", back)
    return n / back


main = greenlet.getcurrent()
g = greenlet(worker)
print("main got", g.switch(5))
print("main got", g.switch(0))
print("never printed")
