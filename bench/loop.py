# Sequential f1()+f2() from the article ("#顺序执行"): 2*N loop iterations.
# Prints nothing; scripts/bench.sh times the whole process from outside.
N = 1000000


def f1():
    res = 1
    for i in range(N):
        res += i


def f2():
    res = 1
    for i in range(N):
        res *= i


f1()
f2()
