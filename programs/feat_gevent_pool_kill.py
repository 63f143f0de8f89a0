# gevent.pool edge cases: empty and generator inputs, wait_available(timeout) on a full pool
# (returns 0), Pool.kill(block=False) and kill(timeout), apply with keyword arguments.
import gevent
from gevent.pool import Pool, Group


def sq(n):
    gevent.sleep(0.01)
    return n * n


pool = Pool(2)
print(pool.map(sq, []), list(pool.imap(sq, [])), list(pool.imap_unordered(sq, [])))
print(pool.map(sq, (i for i in range(3))))


def forever():
    try:
        gevent.sleep(10)
    finally:
        print('forever cleaned up')


p1 = Pool(1)
p1.spawn(forever)
print('wait_available(0.15) ->', p1.wait_available(timeout=0.15))
p1.kill(block=False)
print('after kill(block=False):', len(p1))
gevent.sleep(0)
print('after sleep(0):', len(p1))
p1.spawn(forever)
gevent.sleep(0)
p1.kill(timeout=0.5)
print('after kill:', len(p1))
print(pool.apply(sq, kwds={'n': 4}))
