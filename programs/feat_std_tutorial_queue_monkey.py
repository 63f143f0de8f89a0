# A tutorial's threaded producer/consumer, made cooperative with gevent: after monkey.patch_all()
# the threads are greenlets and a blocking queue.get() or put() waits in the hub.
from gevent import monkey
monkey.patch_all()

import queue
import threading
import time

q = queue.Queue(maxsize=2)


def producer():
    for i in range(5):
        print('producing', i)
        q.put(i)
        time.sleep(0.01)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        print('consuming', item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
q.join()
print('queue drained:', q.empty())
for t in threads:
    t.join()
print('done')
