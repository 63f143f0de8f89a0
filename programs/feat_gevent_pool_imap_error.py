# gevent.pool: a worker that raises inside imap. gevent reports the failed greenlet on stderr;
# the loop over the results raises the worker's exception when it reaches that item.
import gevent
from gevent.pool import Pool


def check(n):
    print('check', n)
    gevent.sleep(0.1)
    if n == 1:
        raise ValueError('bad item %d' % n)
    return n * 10


pool = Pool(2)
try:
    for value in pool.imap(check, range(3)):
        print('got', value)
except ValueError as e:
    print('imap raised:', e)
pool.join()
print('left in pool:', len(pool))

try:
    for value in pool.imap_unordered(check, [1]):
        print('got', value)
except ValueError as e:
    print('imap_unordered raised:', e)
