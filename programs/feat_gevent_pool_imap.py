# gevent.pool: imap gives results in the order of the items, imap_unordered as they finish.
import gevent
from gevent.pool import Pool, Group

delays = {'a': 0.3, 'b': 0.1, 'c': 0.25}


def fetch(name):
    print('fetch', name)
    gevent.sleep(delays[name])
    print('done', name)
    return name.upper()


pool = Pool(2)
for result in pool.imap(fetch, ['a', 'b', 'c']):
    print('imap ->', result)

for result in pool.imap_unordered(fetch, ['a', 'b', 'c']):
    print('imap_unordered ->', result)

group = Group()
print(list(group.imap_unordered(fetch, ['a', 'b', 'c'])))


def add(x, y):
    return x + y


print(list(group.imap(add, [1, 2, 3], [10, 20, 30])))
