# @contextmanager in gevent greenlets: each greenlet's with-block brackets its work across
# gevent.sleep switches; the context manager's generator is resumed on its greenlet's lane.
import gevent
from contextlib import contextmanager

@contextmanager
def task_scope(name):
    print('start', name)
    try:
        yield name
    finally:
        print('end', name)

def worker(name, n):
    with task_scope(name) as label:
        for i in range(n):
            print(label, i)
            gevent.sleep(0.1)

gevent.joinall([gevent.spawn(worker, 'a', 2), gevent.spawn(worker, 'b', 3)])
