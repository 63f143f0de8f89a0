# gevent.queue.Queue: a producer and two consumers; get() blocks until an item arrives.
import gevent
from gevent.queue import Queue, Empty

q = Queue(maxsize=2)


def producer():
    for i in range(5):
        print('put', i)
        q.put(i)
    print('producer done')


def consumer(name):
    while True:
        try:
            item = q.get(timeout=0.5)
        except Empty:
            print(name, 'timed out, quitting')
            return
        print(name, 'got', item)
        gevent.sleep(0.1)


gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer, 'c1'), gevent.spawn(consumer, 'c2')])
print('empty:', q.empty(), 'qsize:', q.qsize())
