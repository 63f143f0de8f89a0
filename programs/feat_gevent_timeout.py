# gevent.Timeout: as a context manager, started by hand, and with_timeout; join(timeout).
import gevent
from gevent import Timeout


def slow(n):
    gevent.sleep(n)
    return 'slept %s' % n


try:
    with Timeout(0.2):
        slow(1)
except Timeout as t:
    print('caught timeout:', t)

t = Timeout(0.3)
t.start()
try:
    gevent.sleep(1)
except Timeout as e:
    print('manual timeout fired:', e is t)
finally:
    t.cancel()

with Timeout(0.1, False):
    slow(1)
    print('not reached')
print('silent timeout passed')

print(gevent.with_timeout(0.5, slow, 0.1))
try:
    gevent.with_timeout(0.1, slow, 0.5)
except Timeout:
    print('with_timeout raised Timeout')

g = gevent.spawn(slow, 1)
g.join(timeout=0.2)
print('after join(timeout): ready =', g.ready())
g.kill()
print('killed: dead =', g.dead, 'value =', type(g.value).__name__)
