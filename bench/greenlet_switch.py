# Greenlet f1/f2 switching from the article ("#切换"): 2*N loop iterations,
# about 2*N greenlet switches. Prints nothing; timed from outside.
from greenlet import greenlet

N = 200000


def f1():
    res = 1
    for i in range(N):
        res += i
        g2.switch()


def f2():
    res = 1
    for i in range(N):
        res *= i
        g1.switch()


g1 = greenlet(f1)
g2 = greenlet(f2)
g1.switch()
