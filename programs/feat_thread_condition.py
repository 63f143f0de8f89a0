# Threads without gevent: a bounded buffer with a Condition (producer/consumer), and a Timer
# that fires or is cancelled.
import threading
import time

print('start')

buffer = []
cond = threading.Condition()
consumed = []


def producer(n):
    for i in range(n):
        with cond:
            while len(buffer) >= 2:
                cond.wait()
            buffer.append(i)
            cond.notify_all()
        time.sleep(0.01)


def consumer(n):
    for _ in range(n):
        with cond:
            while not buffer:
                cond.wait()
            consumed.append(buffer.pop(0))
            cond.notify_all()


p = threading.Thread(target=producer, args=(6,))
c = threading.Thread(target=consumer, args=(6,))
c.start()
p.start()
p.join()
c.join()
print('consumed in order:', consumed)

with cond:
    print('wait with a timeout and nobody to notify:', cond.wait(0.1))
    print('wait_for a true predicate:', cond.wait_for(lambda: True))

fired = []
t1 = threading.Timer(0.1, fired.append, args=['first'])
t2 = threading.Timer(0.2, fired.append, args=['second'])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print('timers fired:', fired)
