# A TCP conversation with itself on loopback, no gevent: blocking calls that never need to wait.
from socket import *

srv = socket(AF_INET, SOCK_STREAM)
srv.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
print('before bind:', srv.getsockname())
srv.bind(('127.0.0.1', 0))  # port 0: the kernel picks a free (ephemeral) port
srv.listen(5)
host, port = srv.getsockname()
print('listening on', host, 'ephemeral port:', 1024 <= port <= 65535)

cli = socket(AF_INET, SOCK_STREAM)
cli.connect(('127.0.0.1', port))  # loopback: the handshake completes at once
conn, addr = srv.accept()
print('accepted from', addr[0], 'same port as the client sees:', addr == cli.getsockname())
print('peer of the client is the server:', cli.getpeername() == (host, port))
print('ports differ:', cli.getsockname()[1] != port)

cli.send(b'hello ')
cli.sendall('world'.encode('utf-8'))
print('server got', conn.recv(1024))  # both sends are waiting in the buffer
conn.send(b'abcdef')
print('client got', cli.recv(2), cli.recv(3), cli.recv(100))

n = conn.send(b'x' * 10)
print('sent', n, 'bytes; received', len(cli.recv(1024)))

cli.close()
print('after the peer closed, recv gives', conn.recv(1024))
print('first send still "works":', conn.send(b'lost'))
try:
    conn.send(b'again')
except BrokenPipeError as e:
    print('BrokenPipeError:', e, e.errno)
conn.close()

srv.close()
late = socket(AF_INET, SOCK_STREAM)
try:
    late.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError:', e, e.errno, e.strerror)
except OSError as e:
    print('other', type(e).__name__)
late.close()

with socket(AF_INET, SOCK_STREAM) as s:
    print('in with: fileno >= 0:', s.fileno() >= 0)
print('after with: fileno', s.fileno())
try:
    s.recv(10)
except OSError as e:
    print('closed socket:', type(e).__name__, e)
print(AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR)
