# gevent.event.AsyncResult and Event.wait(timeout); greenlet values through links.
import gevent
from gevent.event import AsyncResult, Event

result = AsyncResult()


def compute():
    gevent.sleep(0.2)
    result.set(42)


def waiter():
    print('waiting for result')
    print('result:', result.get())


gevent.joinall([gevent.spawn(waiter), gevent.spawn(compute)])

e = Event()
print('wait with timeout:', e.wait(0.1))
e.set()
print('is_set:', e.is_set(), 'wait:', e.wait())

g = gevent.spawn(lambda: 'linked')
g.link(lambda glet: print('link saw', glet.value))
g.join()
gevent.sleep(0)
print('done')
