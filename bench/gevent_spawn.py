# As shared/oracle/baseline.py's gevent benchmark: spawn 10,000 greenlets, each gevent.sleep(0)
# ten times, then joinall. Prints nothing; timed from outside, minus bench/gevent_empty.py.
import gevent

NGREENLETS = 10000
NSLEEPS = 10


def worker():
    for i in range(NSLEEPS):
        gevent.sleep(0)


gevent.sleep(0)
gevent.joinall([gevent.spawn(worker) for _ in range(NGREENLETS)])
