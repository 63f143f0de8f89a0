# Threads without gevent: a Lock guards a read-modify-write that a thread switch could split; an
# Event releases waiting threads; a timed Event.wait and a timed Lock.acquire give up.
import threading
import time

lock = threading.Lock()
balance = 0


def deposit(times):
    global balance
    for i in range(times):
        with lock:
            current = balance
            total = 0
            for k in range(5):  # a little work between reading and writing
                total += k
            balance = current + 1


workers = [threading.Thread(target=deposit, args=(3000,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('balance', balance, 'locked now:', lock.locked())

go = threading.Event()
arrived = []


def runner(name):
    arrived.append(name)
    go.wait()
    time.sleep(0.1 * len(name))
    print(name, 'finished')


names = ['al', 'bea', 'c']
rs = [threading.Thread(target=runner, args=(n,)) for n in names]
for r in rs:
    r.start()
time.sleep(0.05)
print('waiting at the start line:', sorted(arrived), 'go is set:', go.is_set())
go.set()
for r in rs:
    r.join()

print('timed wait on an unset event:', threading.Event().wait(0.2))
held = threading.Lock()
held.acquire()
print('timed acquire of a held lock:', held.acquire(timeout=0.1))
print('non-blocking acquire:', held.acquire(False))
held.release()
print('after release:', held.acquire(False))
try:
    threading.Lock().release()
except RuntimeError as e:
    print('RuntimeError:', e)
sem = threading.Semaphore(2)
inside = []


def limited(i):
    with sem:
        inside.append(i)
        time.sleep(0.1)
        inside.remove(i)


ls = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ls:
    t.start()
time.sleep(0.05)
print('inside the semaphore:', len(inside))
for t in ls:
    t.join()
print('done')
