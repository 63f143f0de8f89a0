# queue between simulated threads: a get that waits for a later put, a put that waits for room,
# timeouts that expire, PriorityQueue and LifoQueue fed by threads, join() waiting on task_done().
import queue
import threading
import time

q = queue.Queue(maxsize=1)


def late_putter():
    time.sleep(0.2)
    q.put('late')


t = threading.Thread(target=late_putter)
t.start()
print('waiting for a put...')
print('got', q.get())
t.join()

q.put('fills it')
try:
    q.put('no room', timeout=0.1)
except queue.Full:
    print('Full after 0.1 s')


taken = []


def late_getter():
    time.sleep(0.2)
    taken.append(q.get())


t = threading.Thread(target=late_getter)
t.start()
q.put('waits for room')
t.join()
print('the late getter took', taken, 'and left', q.get_nowait())

pq = queue.PriorityQueue()
lifo = queue.LifoQueue()


def feeder(n):
    for i in range(n):
        pq.put((n - i, 'job%d' % i))
        lifo.put(i)


for n in (3, 2):
    t = threading.Thread(target=feeder, args=(n,))
    t.start()
    t.join()
print([pq.get_nowait() for _ in range(pq.qsize())])
print([lifo.get() for _ in range(lifo.qsize())])

work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        time.sleep(0.05)
        done.append(item)
        work.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in 'abc':
    work.put(item)
work.join()
print('joined after', done)
try:
    work.get(timeout=0.3)
except queue.Empty:
    print('Empty after 0.3 s')
