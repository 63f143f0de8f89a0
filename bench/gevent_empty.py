# Baseline for the gevent benchmarks: importing gevent and creating the hub, which the gevent
# benchmarks also do. scripts/bench.sh subtracts this program's time from theirs.
import gevent

gevent.sleep(0)
