# gevent.pool: map_async and apply_async with callbacks (apply_async on a full pool waits in a
# greenlet of its own), imap_unordered(maxsize=1), add(timeout) -> PoolFull, join(timeout),
# killing a group of unstarted greenlets, apply from inside the pool, Group(greenlets).
import gevent
from gevent.pool import Pool, Group, PoolFull


def work(n):
    print('work', n)
    gevent.sleep(0.1 * n)
    return n * 2


pool = Pool(1)
r = pool.map_async(work, [1, 2], callback=lambda res: print('map_async callback', res))
print('map_async returned', type(r).__name__)
a = pool.apply_async(work, (3,), callback=lambda v: print('apply_async callback', v))
print('apply_async while full ->', type(a).__name__, 'in pool:', a in pool)
print('r.get() ->', r.get())
print('a.get() ->', a.get())
pool.join()

for v in pool.imap_unordered(work, [3, 1, 2], maxsize=1):
    print('maxsize=1 ->', v)

pool.spawn(work, 2)
try:
    pool.add(gevent.Greenlet(work, 1), timeout=0.05)
except PoolFull as e:
    print('PoolFull after timeout', repr(e))
print('join(0.05) ->', pool.join(timeout=0.05))
print('join() ->', pool.join())

g = Group()
for i in range(3):
    g.spawn(work, i)
print('len', len(g))
g.kill()
print('after kill len', len(g))


def nested(n):
    return pool.apply(work, (n,))


print(pool.apply(nested, (1,)))
gs = [gevent.spawn(work, 1), gevent.spawn(work, 2)]
grp = Group(gs)
print('Group(list) len', len(grp))
grp.join()
print('joined', len(grp), [x.value for x in gs])
print(Pool(3).size, Pool().size)
try:
    Pool(-1)
except ValueError as e:
    print(e)
