# gevent sockets: shutdown(SHUT_WR) ends the peer's reads, closing a socket another greenlet
# waits on wakes it with an error, and sendall/recv of a bigger payload in pieces.
import gevent
from gevent import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]


def collect(conn):
    chunks = []
    while True:
        data = conn.recv(4000)
        if not data:
            break
        chunks.append(len(data))
    print('collected', sum(chunks), 'bytes in', len(chunks) > 0 and 'some' or 'no', 'chunks')
    conn.sendall(b'thanks')
    conn.close()


def sender():
    c = socket.socket()
    c.connect(('127.0.0.1', port))
    c.sendall(b'x' * 10000)
    c.shutdown(socket.SHUT_WR)
    print('sender got', c.recv(100))
    print('then', c.recv(100))
    c.close()


def waiter(s):
    try:
        s.recv(10)
    except OSError as e:
        print('waiter woke with', type(e).__name__)


conn_greenlets = []


def server():
    conn, addr = srv.accept()
    conn_greenlets.append(gevent.spawn(collect, conn))
    conn2, addr2 = srv.accept()
    w = gevent.spawn(waiter, conn2)
    gevent.sleep(0.1)
    conn2.close()
    w.join()


other = socket.socket()
gs = [gevent.spawn(server), gevent.spawn(sender)]
gevent.sleep(0.05)
other.connect(('127.0.0.1', port))
gevent.joinall(gs)
gevent.joinall(conn_greenlets)
other.close()
srv.close()
print('done')
