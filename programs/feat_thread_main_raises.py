# Threads without gevent: the main thread's uncaught exception is printed, but the program still
# waits for its (non-daemon) threads before it exits with code 1; daemon threads are dropped.
import threading
import time


def worker(n):
    time.sleep(0.1 * n)
    print('worker', n, 'done')


def forever():
    while True:
        time.sleep(0.05)


print('start')
for n in (1, 2):
    threading.Thread(target=worker, args=(n,)).start()
threading.Thread(target=forever, daemon=True).start()
print('main raises')
raise ValueError('boom')
