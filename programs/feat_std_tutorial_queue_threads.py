# A tutorial's producer/consumer: worker threads take jobs from a queue.Queue, the main thread
# waits with join(), then stops the workers with a None each.
import queue
import threading
import time

jobs = queue.Queue(maxsize=3)
results = queue.Queue()


def worker(name):
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        time.sleep(0.01 * job)
        results.put((job, job * job))
        jobs.task_done()


threads = [threading.Thread(target=worker, args=('w%d' % i,)) for i in range(2)]
for t in threads:
    t.start()
for job in range(1, 7):
    jobs.put(job)
jobs.join()
print('all jobs done, results waiting:', results.qsize())
for t in threads:
    jobs.put(None)
for t in threads:
    t.join()
print(sorted(results.get() for _ in range(6)))
try:
    results.get(timeout=0.5)
except queue.Empty:
    print('no more results')
