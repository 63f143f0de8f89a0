# queue without threads: FIFO, LIFO, priority and simple queues, sizes, nowait errors, timeouts.
import queue

q = queue.Queue(maxsize=2)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
q.put('a')
q.put_nowait('b')
print(q.empty(), q.full(), q.qsize())
try:
    q.put('c', block=False)
except queue.Full as exc:
    print('Full', repr(exc))
try:
    q.put('c', timeout=0.05)
except queue.Full:
    print('Full after a timeout')
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as exc:
    print('Empty', repr(exc), type(exc).__module__)
try:
    q.get(timeout=0.1)
except queue.Empty:
    print('Empty after a timeout')
try:
    q.get(timeout=-1)
except ValueError as exc:
    print(exc)
q.task_done()
q.task_done()
q.join()
try:
    q.task_done()
except ValueError as exc:
    print(exc)

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e'), (0, 'z'), (2, 'B')]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(7)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
sq.get(timeout=0.01)
