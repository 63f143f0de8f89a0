# gevent.iwait with a timeout and as a context manager, over an Event and an AsyncResult (each
# comes out once), joinall(count=1), and iwait(None, timeout): the hub runs until it has no
# more work (its timeout timer does not keep it alive).
import gevent
from gevent.event import Event, AsyncResult


def worker(n):
    gevent.sleep(n / 10)
    return n


gs = [gevent.spawn(worker, n) for n in (4, 1, 2)]
for g in gevent.iwait(gs, timeout=0.22):
    print('iwait(timeout=0.22) ->', g.value)
with gevent.iwait(gs) as it:
    print('with iwait ->', next(it).value)
print('wait:', [g.value for g in gevent.wait(gs)])

ev = Event()
ar = AsyncResult()
gevent.spawn_later(0.1, ev.set)
gevent.spawn_later(0.05, ar.set, 'result')
for obj in gevent.iwait([ev, ar]):
    print('ready:', type(obj).__name__, obj.ready())
print('joinall count=1:', len(gevent.joinall([gevent.spawn(worker, 1), gevent.spawn(worker, 2)], count=1)))
print('iwait(None):', gevent.iwait(None, timeout=0.5))
