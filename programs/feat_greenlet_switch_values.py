# greenlet: values travel with switch(), in both directions.
from greenlet import greenlet


def ping(n):
    print("ping started with", n)
    while n < 4:
        n = pong_g.switch(n + 1)
        print("ping got", n)
    return "ping finished"


def pong(n):
    print("pong started with", n)
    while True:
        n = ping_g.switch(n * 2)
        print("pong got", n)


ping_g = greenlet(ping)
pong_g = greenlet(pong)
result = ping_g.switch(0)
print("main got", result)
print(ping_g.dead, pong_g.dead, bool(ping_g), bool(pong_g))
