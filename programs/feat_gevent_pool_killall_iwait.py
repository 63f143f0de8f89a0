# gevent.iwait keeps results that arrive while the loop body sleeps; gevent.killall kills a
# running greenlet from one hub callback and the unstarted ones at once; Semaphore.wait waits
# without taking the semaphore; a failed greenlet running a method is reported with its repr.
import gevent
from gevent.lock import Semaphore


def sleeper(n):
    try:
        gevent.sleep(n / 10)
        print('sleeper', n, 'woke')
        return n
    except gevent.GreenletExit:
        print('sleeper', n, 'killed')


# iwait while the consumer itself sleeps: two results arrive meanwhile
gs = [gevent.spawn(sleeper, n) for n in (1, 2, 3)]
for g in gevent.iwait(gs):
    print('iwait ->', g.value)
    gevent.sleep(0.25)

# killall: a running one, a never-started one, one created but not spawned
a = gevent.spawn(sleeper, 5)
gevent.sleep(0)
b = gevent.spawn(sleeper, 6)
c = gevent.Greenlet(sleeper, 7)
gevent.killall([a, b, c])
print([x.dead for x in (a, b, c)], [x.successful() for x in (a, b, c)])

c = gevent.Greenlet(sleeper, 8)
c.kill()
print('killed unstarted:', c.dead, c.ready())


# Semaphore.wait does not take the semaphore
sem = Semaphore(1)


def holder():
    with sem:
        print('holder has it')
        gevent.sleep(0.1)
    print('holder released')


def waiter(n):
    print('waiter', n, 'waits')
    print('waiter', n, 'wait ->', sem.wait())


def taker():
    sem.acquire()
    print('taker has it, counter', sem.counter)
    sem.release()


gevent.joinall([gevent.spawn(holder), gevent.spawn(waiter, 1), gevent.spawn(waiter, 2), gevent.spawn(taker)])


class Job:
    def run(self, x):
        gevent.sleep(0.01)
        raise RuntimeError('job failed')


gevent.spawn(Job().run, 'y' * 60).join()
