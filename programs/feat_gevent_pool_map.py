# gevent.pool.Pool(2): map runs at most two workers at a time and returns results in order.
import gevent
from gevent.pool import Pool

pool = Pool(2)
running = 0


def work(n):
    global running
    running += 1
    print('start', n, 'running', running)
    gevent.sleep(0.1 * (4 - n))
    running -= 1
    print('end', n)
    return n * n


print('map:', pool.map(work, range(4)))
print('free', pool.free_count(), 'len', len(pool), 'full', pool.full())
print('apply:', pool.apply(work, (5,)))
