# gevent.pool.Group: a set of greenlets to join or kill together.
import gevent
from gevent.pool import Group


def task(name, seconds):
    try:
        print(name, 'starts')
        gevent.sleep(seconds)
        print(name, 'finishes')
        return name
    except gevent.GreenletExit:
        print(name, 'killed')
        raise


group = Group()
a = group.spawn(task, 'a', 0.1)
b = gevent.Greenlet(task, 'b', 0.2)
group.start(b)
print('len', len(group), 'a in group', a in group, 'full', group.full())
print('join(0.15) ->', group.join(timeout=0.15))
print('len', len(group), 'a in group', a in group, 'b in group', b in group)
for g in group:
    print('still running:', g.args[0])
print('join() ->', group.join())
print('len', len(group), b.value)

c = group.spawn(task, 'c', 1)
gevent.sleep(0.05)
group.killone(c)
print('c dead', c.dead, 'len', len(group))

d = group.spawn(task, 'd', 1)
gevent.sleep(0.05)
group.kill()
print('d dead', d.dead, 'len', len(group))

e = gevent.spawn(task, 'e', 0.1)
group.add(e)
group.discard(e)
print('after discard len', len(group), 'greenlets', len(group.greenlets))
e.join()

print('apply:', group.apply(task, ('f', 0.1)))
got = []
r = group.apply_async(task, ('g', 0.1), callback=got.append)
group.join()
print('apply_async:', r.value, got)


def fails():
    gevent.sleep(0.1)
    raise KeyError('k')


group.spawn(fails)
try:
    group.join(raise_error=True)
except KeyError as err:
    print('join raised KeyError', err)
