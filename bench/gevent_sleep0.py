# gevent.sleep(0) round trips: one greenlet yields to the hub N times (each a switch to the hub
# and back). Prints nothing; scripts/bench.sh times it from outside, minus bench/gevent_empty.py.
import gevent

N = 100000


def worker():
    for i in range(N):
        gevent.sleep(0)


gevent.sleep(0)
gevent.spawn(worker).join()
