# kill() a running greenlet, spawn_later, joinall with a timeout, get() re-raising.
import gevent


def forever(name):
    try:
        while True:
            print(name, 'tick')
            gevent.sleep(0.1)
    except gevent.GreenletExit:
        print(name, 'got GreenletExit')
        raise


def later():
    print('later runs')
    return 'later done'


g = gevent.spawn(forever, 'f')
gevent.sleep(0.25)
g.kill()
print('f dead:', g.dead, 'successful:', g.successful())

l = gevent.spawn_later(0.2, later)
done = gevent.joinall([l, gevent.spawn(gevent.sleep, 1)], timeout=0.5)
print('joinall with timeout returned', len(done))
print('later value:', l.value)


def boom():
    raise ValueError('bad value')


b = gevent.spawn(boom)
try:
    b.get()
except ValueError as e:
    print('get re-raised:', e)
