# queue.Queue after gevent's monkey.patch_all(): a blocking get or put waits in the hub, so the
# other greenlets run.
from gevent import monkey
monkey.patch_all()

import gevent
import queue

q = queue.Queue(maxsize=2)


def producer(n):
    for i in range(n):
        q.put(i)
        print('put', i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        print('got', item)
        q.task_done()


gevent.joinall([gevent.spawn(consumer), gevent.spawn(producer, 4)])
try:
    q.get(timeout=0.1)
except queue.Empty:
    print('empty after a timeout')
print('left', q.qsize(), q.unfinished_tasks)
