# gevent.wait / gevent.iwait / gevent.killall with the usual arguments.
import gevent


def sleeper(n):
    try:
        gevent.sleep(n / 10)
        print('sleeper', n, 'woke')
        return n
    except gevent.GreenletExit:
        print('sleeper', n, 'killed')


gs = [gevent.spawn(sleeper, n) for n in (3, 1, 2)]
for g in gevent.iwait(gs):
    print('iwait ->', g.value)

gs = [gevent.spawn(sleeper, n) for n in (3, 1, 2)]
done = gevent.wait(gs, timeout=0.15)
print('wait(timeout) ->', [g.value for g in done])
done = gevent.wait(gs, count=1)
print('wait(count=1) ->', [g.value for g in done])
gevent.wait(gs)

gs = [gevent.spawn(sleeper, n) for n in (5, 6)]
gevent.sleep(0)
late = gevent.spawn(sleeper, 7)
gevent.killall(gs + [late])
print('killall:', [g.dead for g in gs + [late]])

gs = [gevent.spawn(sleeper, n) for n in (8, 9)]
gevent.sleep(0)
gevent.killall(gs, block=False)
print('killall(block=False):', [g.dead for g in gs])
gevent.sleep(0)
print('after sleep(0):', [g.dead for g in gs])

ready = [gevent.spawn(sleeper, 1), gevent.spawn(sleeper, 1)]
gevent.joinall(ready)
it = gevent.iwait(ready)
print('iwait on finished:', sorted(g.value for g in it))
print('wait() ->', gevent.wait())
