# The pool examples of the gevent tutorial ("gevent For the Working Python Programmer"), with
# shorter sleeps and without id(): Group.map, ordered and unordered imap, len() of a Pool(2).
import gevent
from gevent import getcurrent
from gevent.pool import Group, Pool

group = Group()


def hello_from(n):
    print('Size of group %s' % len(group))
    print('Hello from Greenlet %s' % (getcurrent() in group))


group.map(hello_from, range(3))


def intensive(n):
    gevent.sleep(0.3 - n / 10)
    return 'task', n


print('Ordered')

ogroup = Group()
for i in ogroup.imap(intensive, range(3)):
    print(i)

print('Unordered')

igroup = Group()
for i in igroup.imap_unordered(intensive, range(3)):
    print(i)

pool = Pool(2)


def hello_from2(n):
    print('Size of pool %s' % len(pool))


pool.map(hello_from2, range(3))
