# Generator send() ping-pong, as in the oracle's baseline.py (gen_pingpong):
# N sends, each a resume of the generator plus a yield back.
# Prints nothing; scripts/bench.sh times the whole process from outside.
N = 1000000


def echo():
    x = yield
    while True:
        x = yield x


def main():
    g = echo()
    next(g)
    send = g.send
    for i in range(N):
        send(i)


main()
