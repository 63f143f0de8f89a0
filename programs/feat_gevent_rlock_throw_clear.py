# gevent.lock.RLock (re-entrant, blocks other greenlets), Event.clear, kill() with an exception (the hub throws it in).
import gevent
from gevent.lock import RLock
from gevent.event import Event

lock = RLock()


def nested(name):
    with lock:
        with lock:
            print(name, 'holds the lock twice')
            gevent.sleep(0.1)
        print(name, 'released once')
    print(name, 'released')


gevent.joinall([gevent.spawn(nested, 'a'), gevent.spawn(nested, 'b')])

evt = Event()
evt.set()
print('set:', evt.is_set())
evt.clear()
print('after clear:', evt.is_set(), '| wait(0.1) ->', evt.wait(0.1))


def victim():
    try:
        gevent.sleep(5)
    except ValueError as e:
        print('victim caught', repr(e))
        return 'recovered'


g = gevent.spawn(victim)
gevent.sleep(0)
g.kill(ValueError('thrown in'))
g.join()
print('victim value:', g.value, '| dead:', g.dead)
