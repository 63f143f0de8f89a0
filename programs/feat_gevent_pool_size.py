# gevent.pool.Pool(2): spawn waits while two greenlets run; free_count, full, wait_available.
import gevent
import gevent.queue
from gevent.pool import Pool, PoolFull


def job(n):
    print('job', n, 'begins')
    gevent.sleep(0.1)
    print('job', n, 'ends')


pool = Pool(2)
for i in range(4):
    pool.spawn(job, i)
    print('spawned', i, 'free', pool.free_count(), 'full', pool.full())
pool.join()
print('joined, len', len(pool), 'free', pool.free_count())

pool.spawn(job, 10)
pool.spawn(job, 11)
try:
    pool.add(gevent.Greenlet(job, 12), blocking=False)
except PoolFull as e:
    print('raised', type(e), 'a gevent.queue.Full:', isinstance(e, gevent.queue.Full))
print('wait_available ->', pool.wait_available())
print('free after wait', pool.free_count())
pool.join()

unlimited = Pool()
for i in range(3):
    unlimited.spawn(job, 20 + i)
print('unlimited free', unlimited.free_count(), 'full', unlimited.full())
unlimited.join()
