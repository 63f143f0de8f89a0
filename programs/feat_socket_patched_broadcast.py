# monkey.patch_all(): a broadcast server. Every message a client sends is relayed to all clients;
# the wake-up order of the greenlets follows gevent's hub (timers, then sockets in reverse order
# of readiness).
from gevent import monkey; monkey.patch_all()
import socket
import time
import gevent

conns = []


def serve(lst, n):
    talkers = []
    for i in range(n):
        conn, addr = lst.accept()
        conns.append(conn)
        talkers.append(gevent.spawn(relay, conn, i + 1))
    gevent.joinall(talkers)
    lst.close()


def relay(conn, cid):
    while True:
        data = conn.recv(100)
        if not data:
            print('relay %d: peer closed' % cid)
            break
        print('relay %d: %s' % (cid, data.decode()))
        for c in conns:
            c.sendall(('[%d] ' % cid).encode() + data)
    conn.close()


def member(name, port, delay, count):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(('127.0.0.1', port))
    time.sleep(delay)  # patched: a gevent sleep
    s.sendall(name.encode())
    heard = b''
    while heard.count(b'[') < count:
        chunk = s.recv(100)
        print(name, 'received', chunk)
        heard += chunk
    print(name, 'heard', heard.decode())
    time.sleep(0.5)
    s.close()


lst = socket.socket()
lst.bind(('127.0.0.1', 0))
lst.listen(5)
port = lst.getsockname()[1]
server = gevent.spawn(serve, lst, 3)
members = [gevent.spawn(member, 'ann', port, 0.1, 3),
           gevent.spawn(member, 'bob', port, 0.2, 3),
           gevent.spawn(member, 'cy', port, 0.1, 3)]
gevent.joinall(members + [server])
print('all done')
