# gevent.socket without monkey-patching: a recv timeout, a refused connect in a greenlet, and
# timers racing socket readiness on the hub.
import gevent
from gevent import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]


def slow_server():
    conn, addr = srv.accept()
    print('server: accepted')
    gevent.sleep(0.5)
    conn.sendall(b'late reply')
    gevent.sleep(0.2)
    conn.close()
    print('server: closed')


def impatient_client():
    c = socket.socket()
    c.connect(('127.0.0.1', port))
    c.settimeout(0.2)
    try:
        c.recv(100)
    except socket.timeout as e:
        print('client: timeout:', e, type(e).__name__)
    c.settimeout(None)
    print('client: got', c.recv(100))
    print('client: then', c.recv(100))
    c.close()


def ticker():
    for i in range(4):
        gevent.sleep(0.15)
        print('tick', i)


def refused():
    c = socket.socket()
    try:
        c.connect(('127.0.0.1', 1))
    except ConnectionRefusedError as e:
        print('refused:', e)
    finally:
        c.close()


gs = [gevent.spawn(slow_server), gevent.spawn(impatient_client), gevent.spawn(ticker),
      gevent.spawn(refused)]
gevent.joinall(gs)
srv.close()
print('done')
