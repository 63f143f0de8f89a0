# Blocking sockets with timeouts, no gevent: a recv that times out, a reply sent later by
# another thread, an accept that times out, and a non-blocking socket.
import socket
import threading
import time

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]

cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.connect(('127.0.0.1', port))
conn, addr = srv.accept()

cli.settimeout(0.3)
print('timeout is', cli.gettimeout())
start = time.monotonic()
try:
    cli.recv(100)
except socket.timeout as e:
    print('recv timed out:', e, type(e).__name__, round(time.monotonic() - start, 1))


def reply_later():
    time.sleep(0.2)
    conn.sendall(b'late but in time')


t = threading.Thread(target=reply_later)
t.start()
cli.settimeout(1.0)
start = time.monotonic()
print('got', cli.recv(100), 'after', round(time.monotonic() - start, 1))
t.join()

srv.settimeout(0.1)
try:
    srv.accept()
except TimeoutError as e:
    print('accept timed out:', e)

cli.setblocking(False)
print('blocking?', cli.getblocking(), cli.gettimeout())
try:
    cli.recv(100)
except BlockingIOError as e:
    print('BlockingIOError:', e.errno)
for s in (cli, conn, srv):
    s.close()
print('done')
