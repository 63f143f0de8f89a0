# Two threads that only compute: the scheduler preempts them when their time slices are over
# (engine/tests/thread_switches.rs, the timeline's preemption mark in src/model.rs and tests/web.rs).
import threading

def count(name):
    n = 0
    for i in range(20000):
        n += i
    print(name, n)

a = threading.Thread(target=count, args=('a',))
b = threading.Thread(target=count, args=('b',))
a.start()
b.start()
a.join()
b.join()
