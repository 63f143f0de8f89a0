# gevent.lock.Semaphore / BoundedSemaphore: at most two workers inside at once.
import gevent
from gevent.lock import Semaphore, BoundedSemaphore

sem = Semaphore(2)


def worker(n):
    with sem:
        print('worker', n, 'in, counter =', sem.counter)
        gevent.sleep(0.1)
    print('worker', n, 'out')


gevent.joinall([gevent.spawn(worker, i) for i in range(4)])

b = BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
