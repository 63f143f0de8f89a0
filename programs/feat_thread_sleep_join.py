# Threads without gevent: time.sleep in one thread lets the others run; join waits; an exception
# ends only its own thread.
import threading
import time


def worker(n, results):
    time.sleep(0.1 * n)
    me = threading.current_thread()
    print('worker', n, 'is', me.name, 'alive:', me.is_alive())
    results.append(n)


def broken():
    time.sleep(0.05)
    raise ValueError('bad input')


class Countdown(threading.Thread):
    def __init__(self, start):
        super().__init__(name='countdown')
        self.start_at = start

    def run(self):
        for i in range(self.start_at, 0, -1):
            time.sleep(0.12)
            print('countdown', i)


results = []
threads = [threading.Thread(target=worker, args=(n, results)) for n in (3, 1, 2)]
print(threads[0])
for t in threads:
    t.start()
b = threading.Thread(target=broken)
b.start()
c = Countdown(3)
c.start()
print('started; active threads:', threading.active_count())
for t in threads:
    t.join()
print('results in finishing order:', results)
b.join()
print('broken thread finished:', not b.is_alive())
c.join(timeout=0.01)
print('countdown still running after a short join:', c.is_alive())
c.join()
print('main is', threading.current_thread().name, threading.main_thread() is threading.current_thread())
print('active threads at the end:', threading.active_count())
