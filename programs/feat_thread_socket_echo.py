# Threads without gevent, blocking sockets: a server thread accepts, one handler thread per
# connection echoes in upper case; client threads connect, talk and close. A blocking call lets
# the other threads run.
import socket
import threading
import time

NCLIENTS = 3
replies = {}


def handle(conn, cid):
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.sendall(data.upper())
    conn.close()


def serve(srv):
    handlers = []
    for cid in range(1, NCLIENTS + 1):
        conn, addr = srv.accept()
        h = threading.Thread(target=handle, args=(conn, cid))
        h.start()
        handlers.append(h)
    for h in handlers:
        h.join()
    srv.close()


def client(i, port):
    time.sleep(0.1 * i)
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(('127.0.0.1', port))
    got = []
    for n in range(2):
        c.sendall(('client %d message %d' % (i, n)).encode())
        got.append(c.recv(1024).decode())
    print('client', i, 'got', got)
    c.close()
    replies[i] = got


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]
server = threading.Thread(target=serve, args=(srv,))
server.start()
clients = [threading.Thread(target=client, args=(i, port)) for i in range(1, NCLIENTS + 1)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
print('replies', sorted(replies))
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('server gone:', e)
