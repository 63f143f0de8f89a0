# gevent.pool after monkey.patch_all(): workers call time.sleep; a Greenlet subclass as the
# pool's greenlet_class; a worker that spawns into its own pool.
from gevent import monkey
monkey.patch_all()
import time
import gevent
from gevent.pool import Pool


class Named(gevent.Greenlet):
    def __repr__(self):
        return '<Named %s>' % (self.args,)


def nap(n):
    time.sleep(0.1)
    print('napped', n)
    return n


pool = Pool(3, greenlet_class=Named)
print(pool.map(nap, range(5)))
print(type(pool.spawn(nap, 9)).__name__)
pool.join()


def outer(n):
    # spawning into the same pool from a worker of that pool
    inner = pool.spawn(nap, n * 10)
    return inner.get() + 1


print(pool.map(outer, [1, 2]))
