# socket for coroscope: TCP over a simulated loopback network, written in Python.
#
# Three layers, as on a real machine:
#   * the kernel: `_KSock` (a TCP endpoint with its receive buffer, accept queue and state) on
#     `_net` (listeners by address, ephemeral ports, the fd table). Loopback is instant: a
#     connect is established, and sent bytes are in the peer's buffer, when the call returns.
#   * epoll + libev (`_Poller`, one per gevent hub): what decides the ORDER in which a gevent hub
#     wakes greenlets waiting on sockets. It models Linux's epoll ready list (level-triggered: an
#     fd goes to the tail when it becomes ready, is dropped at `epoll_wait` if no longer ready,
#     re-queued at the tail if still ready) and libev's lazy fd registration (`fd_reify` before
#     each poll, in order of first change), its "do not unregister, ignore the spurious event"
#     trick, and its pending queue that runs LIFO: timers first, then io watchers in reverse
#     ready-list order. That is why the echo replies come back in reverse client order.
#   * the `socket` object: blocking calls. Monkey-patched (or `gevent.socket`), a call that would
#     block waits on an io watcher through the hub, exactly like gevent's socket (connect waits
#     once for writability even on loopback: EINPROGRESS). Unpatched, in a simulated thread it
#     blocks that thread until the network makes progress (see threading.py).
#
# Internal code: its frames never show in tracebacks or in the trace's lines.

import _coroscope
from greenlet import getcurrent

AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_ERROR = 4
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
SO_RCVBUF = 8
SO_SNDBUF = 7
IPPROTO_TCP = 6
IPPROTO_IP = 0
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
MSG_PEEK = 2
INADDR_ANY = 0
has_ipv6 = False

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


class cancel_wait_ex(OSError):
    """gevent's error for a greenlet whose socket another greenlet closed."""


_cancel_wait_ex = cancel_wait_ex  # only in gevent.socket, not in `from socket import *`
del cancel_wait_ex


_ERRNO_TEXT = {
    32: 'Broken pipe',
    9: 'Bad file descriptor',
    11: 'Resource temporarily unavailable',
    22: 'Invalid argument',
    98: 'Address already in use',
    99: 'Cannot assign requested address',
    104: 'Connection reset by peer',
    106: 'Transport endpoint is already connected',
    107: 'Transport endpoint is not connected',
    111: 'Connection refused',
}


def _oserror(errno):
    e = OSError(errno, _ERRNO_TEXT.get(errno, 'Unknown error %d' % errno))
    e.errno = errno
    e.strerror = _ERRNO_TEXT.get(errno, 'Unknown error %d' % errno)
    return e


class _WouldBlock(Exception):
    pass


_WOULD_BLOCK = _WouldBlock()

# epoll bits
_IN = 1
_OUT = 4
_ERR = 8
_HUP = 16
# libev watcher bits
_READ = 1
_WRITE = 2


# ---------------------------------------------------------------------------- the kernel


class _KSock:
    def __init__(self, net, family, type):
        self.net = net
        self.family = family
        self.type = type
        self.fd = -1
        self.laddr = None
        self.raddr = None
        self.peer = None
        self.state = 'new'  # new, listen, connected, refused, closed
        self.backlog = []
        self.rbuf = b''
        self.eof = False  # the peer closed or shut down writing: recv gives b''
        self.peer_gone = False  # the peer closed: a send makes it reset the connection
        self.reset = False  # got a reset: sends fail with EPIPE
        self.shut_wr = False
        self.err = 0
        self.epolls = []
        self.waiters = []  # wake-up callbacks of simulated threads blocked on this socket

    def revents(self):
        ev = 0
        st = self.state
        if st == 'listen':
            if self.backlog:
                ev |= _IN
        elif st == 'connected':
            if self.rbuf or self.eof:
                ev |= _IN
            if not self.shut_wr and not self.reset:
                ev |= _OUT
            if self.eof and (self.shut_wr or self.reset):
                ev |= _HUP
        elif st == 'refused':
            ev |= _IN | _OUT | _ERR | _HUP
        return ev

    def wake(self, key):
        _coroscope.net_event()
        for ep in self.epolls:
            ep.kernel_wake(self.fd, key)
        if self.waiters:
            waiters = list(self.waiters)
            del self.waiters[:]
            for w in waiters:
                w()


class _Net:
    def __init__(self):
        self.listeners = {}  # (ip, port) -> listening _KSock
        self.ports = {}  # port -> count of sockets bound to it
        self.next_port = 40000
        self.fds = {}
        self.next_fd = 3
        self.free_fds = []  # closed fds below next_fd: the lowest is reused first, as in POSIX

    def alloc_fd(self, ks):
        if self.free_fds:
            fd = min(self.free_fds)
            self.free_fds.remove(fd)
        else:
            fd = self.next_fd
            self.next_fd += 1
        self.fds[fd] = ks
        ks.fd = fd
        return fd

    def ephemeral(self):
        while True:
            self.next_port += 1
            if self.next_port > 60999:
                self.next_port = 32768
            if self.next_port not in self.ports:
                return self.next_port

    def bind(self, ks, addr):
        ip, port = _check_addr(addr)
        if ks.laddr is not None:
            raise _oserror(22)
        if ip not in ('0.0.0.0', '') and not ip.startswith('127.'):
            raise _oserror(99)
        if ip == '':
            ip = '0.0.0.0'
        if port == 0:
            port = self.ephemeral()
        elif port in self.ports:
            raise _oserror(98)
        self.ports[port] = 1
        ks.laddr = (ip, port)

    def listen(self, ks):
        if ks.laddr is None:
            self.bind(ks, ('0.0.0.0', 0))
        if ks.state == 'new':
            ks.state = 'listen'
            self.listeners[ks.laddr[1]] = ks

    def connect(self, ks, addr):
        """Returns 0, or the errno of a failed connection (it is immediate on loopback)."""
        ip, port = _check_addr(addr)
        if ip == 'localhost' or ip == '':
            ip = '127.0.0.1'
        if ks.state == 'connected':
            return 106
        lst = self.listeners.get(port)
        if lst is not None and lst.state == 'listen' and (
                lst.laddr[0] == '0.0.0.0' or lst.laddr[0] == ip):
            if ks.laddr is None:
                p = self.ephemeral()
                self.ports[p] = 1
                ks.laddr = ('127.0.0.1', p)
            srv = _KSock(self, ks.family, ks.type)
            srv.laddr = (ip, port)
            srv.raddr = ks.laddr
            srv.state = 'connected'
            srv.peer = ks
            ks.peer = srv
            ks.raddr = (ip, port)
            ks.state = 'connected'
            # SYN-ACK: the client is established (a state change wakes every epoll mask) ...
            ks.wake(0)
            # ... then the ACK puts the child in the listener's accept queue.
            lst.backlog.append(srv)
            lst.wake(_IN)
            return 0
        ks.state = 'refused'
        ks.err = 111
        ks.wake(0)
        return 111

    def close(self, ks):
        if ks.state == 'closed':
            return
        if ks.state == 'listen':
            if self.listeners.get(ks.laddr[1]) is ks:
                del self.listeners[ks.laddr[1]]
            for child in ks.backlog:
                self.close(child)
            ks.backlog = []
        peer = ks.peer
        if peer is not None and peer.state == 'connected':
            peer.eof = True
            peer.peer_gone = True
            peer.wake(0)
        if ks.laddr is not None and ks.peer is None and ks.laddr[1] in self.ports:
            del self.ports[ks.laddr[1]]
        ks.state = 'closed'
        for ep in ks.epolls:
            ep.kernel_forget(ks.fd)
        ks.epolls = []
        if self.fds.get(ks.fd) is ks:
            del self.fds[ks.fd]
            self.free_fds.append(ks.fd)

    def send(self, ks, data):
        if ks.state != 'connected' or ks.shut_wr:
            raise _oserror(32)
        if ks.reset:
            raise _oserror(32)
        peer = ks.peer
        if ks.peer_gone or peer.state != 'connected':
            # The peer is gone: it answers with a reset, the data is lost.
            ks.reset = True
            ks.wake(0)
            return len(data)
        if data:
            peer.rbuf += data
            peer.wake(_IN)
        return len(data)

    def recv(self, ks, n):
        if ks.state == 'refused':
            ks.state = 'new'
            raise _oserror(111)
        if ks.state != 'connected':
            raise _oserror(107)
        if ks.rbuf:
            data = ks.rbuf[:n]
            ks.rbuf = ks.rbuf[n:]
            return data
        if ks.eof or ks.reset:
            return b''
        raise _WOULD_BLOCK

    def accept(self, ks):
        if ks.state != 'listen':
            raise _oserror(22)
        if not ks.backlog:
            raise _WOULD_BLOCK
        child = ks.backlog.pop(0)
        self.alloc_fd(child)
        return child


def _check_addr(addr):
    if not isinstance(addr, tuple) or len(addr) != 2:
        raise TypeError('AF_INET address must be tuple, not %s' % type(addr).__name__)
    ip, port = addr
    if not isinstance(ip, str):
        raise TypeError('str, bytes or bytearray expected, not %s' % type(ip).__name__)
    if not isinstance(port, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
    if port < 0 or port > 65535:
        raise OverflowError('bind(): port must be 0-65535.')
    if ip == 'localhost':
        ip = '127.0.0.1'
    return ip, port


# One network for the whole simulated machine: with several programs (`coroscope run a.py b.py`)
# every program's socket module uses the same one.
_net = _coroscope.shared('net')
if _net is None:
    _net = _Net()
    # The kernel's classes travel with it: all programs must agree on what a kernel socket is.
    _net.classes = (_KSock, _WouldBlock, _WOULD_BLOCK)
    _coroscope.set_shared('net', _net)
_KSock, _WouldBlock, _WOULD_BLOCK = _net.classes


# ---------------------------------------------------------------------------- epoll and libev


class _Fd:
    def __init__(self):
        self.watchers = []  # started io watchers, most recently started first (libev's list)
        self.events = 0  # the mask libev last reified
        self.emask = 0  # the mask libev believes the kernel has
        self.changed = False


class _Poller:
    """One gevent loop's epoll instance and libev's io bookkeeping."""

    def __init__(self, loop):
        self.loop = loop
        self.anfds = {}
        self.changes = []
        self.items = {}  # the kernel's interest list: fd -> epoll mask
        self.rdl = []  # the kernel's ready list (fds)

    # -- kernel side

    def kernel_wake(self, fd, key):
        mask = self.items.get(fd)
        if mask is None:
            return
        if key and not (key & mask):
            return
        if fd not in self.rdl:
            self.rdl.append(fd)

    def kernel_forget(self, fd):
        if fd in self.items:
            del self.items[fd]
        if fd in self.rdl:
            self.rdl.remove(fd)

    def _kernel_set(self, fd, mask):
        ks = _net.fds.get(fd)
        if ks is None:
            return
        self.items[fd] = mask
        if self not in ks.epolls:
            ks.epolls.append(self)
        if ks.revents() & (mask | _ERR | _HUP) and fd not in self.rdl:
            self.rdl.append(fd)

    def _kernel_del(self, fd):
        ks = _net.fds.get(fd)
        if ks is not None and self in ks.epolls:
            ks.epolls.remove(self)
        self.kernel_forget(fd)

    def _epoll_wait(self):
        out = []
        rdl = self.rdl
        self.rdl = []
        for fd in rdl:
            mask = self.items.get(fd)
            ks = _net.fds.get(fd)
            if mask is None or ks is None:
                continue
            rev = ks.revents() & (mask | _ERR | _HUP)
            if rev:
                out.append((fd, rev))
                self.rdl.append(fd)  # level-triggered: back at the tail
        return out

    # -- libev side

    def fd_change(self, fd):
        a = self.anfds.get(fd)
        if a is None:
            a = self.anfds[fd] = _Fd()
        if not a.changed:
            a.changed = True
            self.changes.append(fd)
        return a

    def _modify(self, fd, a, nev):
        if not nev:
            return  # libev leaves the kernel alone and ignores spurious events later
        a.emask = nev
        mask = (_IN if nev & _READ else 0) | (_OUT if nev & _WRITE else 0)
        if self.items.get(fd) != mask:
            self._kernel_set(fd, mask)

    def poll(self):
        """fd_reify, epoll_wait and fd_event: the io watchers to invoke, in feed order."""
        changes = self.changes
        self.changes = []
        for fd in changes:
            a = self.anfds[fd]
            a.changed = False
            new = 0
            for w in a.watchers:
                new |= w.events
            old = a.events
            a.events = new
            if old != new:
                self._modify(fd, a, new)
        pending = []
        if not self.rdl:
            return pending
        for fd, rev in self._epoll_wait():
            a = self.anfds.get(fd)
            want = a.events if a is not None else 0
            got = (_WRITE if rev & (_OUT | _ERR | _HUP) else 0) | (_READ if rev & (_IN | _ERR | _HUP) else 0)
            if got & ~want:
                if a is not None:
                    a.emask = want
                if want:
                    self._kernel_set(fd, (_IN if want & _READ else 0) | (_OUT if want & _WRITE else 0))
                else:
                    self._kernel_del(fd)
            if a is None:
                continue
            for w in a.watchers:
                if w.events & got and not w.pending:
                    w.pending = True
                    pending.append(w)
        return pending

    def invoke(self, pending):
        # libev runs its pending queue last-in first-out.
        i = len(pending)
        while i > 0:
            i -= 1
            w = pending[i]
            if w.pending:
                w.pending = False
                w.callback(*w.args)

    def block(self):
        """Nothing is ready and no timer is pending: True when the hub should poll again (another
        program on the machine ran and may have made a socket ready)."""
        if _coroscope.machine_yield():
            return True
        if self.waiting():
            # Greenlets wait on sockets that nothing can make ready: a real program hangs here.
            _coroscope.block_forever('every greenlet waits on a socket')
            return True
        return False

    def waiting(self):
        for a in self.anfds.values():
            if a.watchers:
                return True
        return False


class _IoWatcher:
    """gevent's `loop.io(fd, events)`."""

    def __init__(self, loop, fd, events):
        self.loop = loop
        self.fd = fd
        self.events = events
        self.callback = None
        self.args = ()
        self.active = False
        self.pending = False

    def start(self, callback, *args):
        self.callback = callback
        self.args = args
        if not self.active:
            self.active = True
            p = _poller(self.loop)
            a = p.fd_change(self.fd)
            a.watchers.insert(0, self)

    def stop(self):
        self.pending = False
        self.callback = None
        self.args = ()
        if self.active:
            self.active = False
            p = _poller(self.loop)
            a = p.fd_change(self.fd)
            if self in a.watchers:
                a.watchers.remove(self)

    close = stop

    @property
    def ref(self):
        return True


def _poller(loop):
    p = loop.io_backend
    if p is None:
        p = loop.io_backend = _Poller(loop)
    return p


# ---------------------------------------------------------------------------- socket objects


def _patched():
    g = _coroscope.module('gevent')
    return g is not None and 'socket' in g._patched


class socket:
    _gevent = False

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if family != AF_INET:
            raise OSError(97, 'Address family not supported by protocol')
        if type != SOCK_STREAM:
            raise OSError(94, 'Socket type not supported')
        self.family = family
        self.type = type
        self.proto = proto
        self._timeout = _default_timeout
        self._closed = False
        self._cooperative = self._gevent or _patched()
        if isinstance(fileno, _KSock):
            self._k = fileno
        else:
            self._k = _KSock(_net, family, type)
            _net.alloc_fd(self._k)
        self._read_event = None
        self._write_event = None
        if self._cooperative:
            import gevent
            self.hub = gevent.get_hub()
            self._read_event = _IoWatcher(self.hub.loop, self._k.fd, _READ)
            self._write_event = _IoWatcher(self.hub.loop, self._k.fd, _WRITE)

    def __repr__(self):
        k = self._k
        if self._closed:
            if self._cooperative:
                return '<gevent._socket3.socket [closed] at %s object>' % hex(id(self))
            return '<socket.socket [closed] fd=-1, family=%d, type=%d, proto=%d>' % (
                self.family, self.type, self.proto)
        if self._cooperative:
            return '<gevent._socket3.socket at %s object, fd=%d, family=%d, type=%d, proto=%d>' % (
                hex(id(self)), k.fd, self.family, self.type, self.proto)
        text = '<socket.socket fd=%d, family=%d, type=%d, proto=%d' % (k.fd, self.family, self.type, self.proto)
        text += ', laddr=%r' % (self.getsockname(),)
        if k.raddr is not None and k.state == 'connected':
            text += ', raddr=%r' % (k.raddr,)
        return text + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check(self):
        if self._closed:
            raise _oserror(9)

    def fileno(self):
        return -1 if self._closed else self._k.fd

    @property
    def closed(self):
        return self._closed

    # -- blocking

    def _wait(self, watcher):
        """Wait until the kernel socket may be ready for `watcher`'s direction."""
        if self._cooperative:
            if watcher.callback is not None:
                raise AssertionError('This socket is already used by another greenlet: %r' % (watcher.callback,))
            hub = self.hub
            t = None
            if self._timeout is not None:
                import gevent
                t = gevent.Timeout._start_new_or_dummy(self._timeout, timeout('timed out'))
            try:
                hub.wait(watcher)
            finally:
                if t is not None:
                    t.cancel()
            return
        if self._timeout == 0.0:
            raise _oserror(11)
        _block_thread(self, watcher.events if watcher is not None else _READ, self._timeout)

    def _io(self, direction):
        if direction == _READ:
            w = self._read_event
        else:
            w = self._write_event
        if w is None:
            return _Direction(direction)
        return w

    def settimeout(self, value):
        if value is not None:
            if value < 0:
                raise ValueError('Timeout value out of range')
            value = float(value)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    @property
    def timeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def setsockopt(self, level, optname, value, optlen=None):
        self._check()
        return None

    def getsockopt(self, level, optname, buflen=None):
        self._check()
        if level == SOL_SOCKET and optname == SO_ERROR:
            err = self._k.err
            self._k.err = 0
            return err
        return 0

    def bind(self, address):
        self._check()
        _net.bind(self._k, address)

    def listen(self, backlog=128):
        self._check()
        _net.listen(self._k)

    def getsockname(self):
        self._check()
        if self._k.laddr is None:
            return ('0.0.0.0', 0)
        return self._k.laddr

    def getpeername(self):
        self._check()
        k = self._k
        if k.state != 'connected' or k.raddr is None:
            raise _oserror(107)
        return k.raddr

    def connect(self, address):
        self._check()
        if not self._cooperative or self._timeout == 0.0:
            err = self.connect_ex(address)
            if err:
                raise _oserror(err)
            return
        # gevent: a non-blocking connect says EINPROGRESS; wait until writable, then look.
        k = self._k
        if k.state == 'connected':
            raise _oserror(106)
        err = _net.connect(k, address)
        self._wait(self._write_event)
        err = self.getsockopt(SOL_SOCKET, SO_ERROR)
        if err:
            k.state = 'new'
            raise _oserror(err)

    def connect_ex(self, address):
        self._check()
        err = _net.connect(self._k, address)
        if err:
            self._k.err = 0
            self._k.state = 'new'
        return err

    def accept(self):
        self._check()
        while True:
            try:
                child = _net.accept(self._k)
                break
            except _WouldBlock:
                pass
            self._wait(self._io(_READ))
        sock = type(self)(self.family, self.type, self.proto, fileno=child)
        return sock, child.raddr

    def recv(self, bufsize, flags=0):
        self._check()
        if bufsize < 0:
            raise ValueError('negative buffersize in recv')
        while True:
            try:
                return _net.recv(self._k, bufsize)
            except _WouldBlock:
                pass
            self._wait(self._io(_READ))

    def send(self, data, flags=0):
        self._check()
        data = _bytes_arg(data)
        return _net.send(self._k, data)

    def sendall(self, data, flags=0):
        self._check()
        data = _bytes_arg(data)
        _net.send(self._k, data)
        return None

    def shutdown(self, how):
        self._check()
        k = self._k
        if k.state != 'connected':
            raise _oserror(107)
        if how in (SHUT_WR, SHUT_RDWR) and not k.shut_wr:
            k.shut_wr = True
            if k.peer is not None:
                k.peer.eof = True
                k.peer.wake(0)

    def close(self):
        if self._closed:
            return
        self._closed = True
        for w in (self._read_event, self._write_event):
            if w is not None:
                if w.callback is not None:
                    # Another greenlet waits on it: gevent cancels that wait from the hub.
                    self.hub.loop.run_callback(_cancel_wait, w)
                else:
                    w.close()
        _net.close(self._k)

    def detach(self):
        fd = self._k.fd
        self._closed = True
        return fd

    def makefile(self, *args, **kwargs):
        raise NotImplementedError('socket.makefile() is not simulated')


class _Direction:
    def __init__(self, events):
        self.events = events


def _cancel_wait(w):
    if w.callback is not None:
        args = w.args
        w.stop()
        if args:
            e = _cancel_wait_ex(9, 'File descriptor was closed in another greenlet')
            e.errno = 9
            e.strerror = 'File descriptor was closed in another greenlet'
            args[0].throw(e)


def _bytes_arg(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str) or data is None or isinstance(data, int):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


def _block_thread(sock, events, seconds=None):
    """A blocking call without gevent: the calling thread sleeps until the socket changes (or
    its timeout passes: `timeout('timed out')`)."""
    import threading
    k = sock._k
    mask = (_IN if events & _READ else 0) | (_OUT if events & _WRITE else 0) | _ERR | _HUP
    if not (k.revents() & mask):
        if not threading._block_on_network(k.waiters, seconds):
            raise timeout('timed out')


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(t):
    global _default_timeout
    _default_timeout = None if t is None else float(t)


def gethostname():
    return 'coroscope'


def gethostbyname(name):
    if name in ('localhost', '', 'coroscope'):
        return '127.0.0.1'
    if _is_ipv4(name):
        return name
    raise gaierror(-2, 'Name or service not known')


def _is_ipv4(name):
    parts = name.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p.isdigit() or int(p) > 255:
            return False
    return True


def create_connection(address, timeout=None, source_address=None):
    host, port = address
    s = socket(AF_INET, SOCK_STREAM)
    if timeout is not None:
        s.settimeout(timeout)
    if source_address is not None:
        s.bind(source_address)
    s.connect((gethostbyname(host), port))
    return s


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    s = socket(family, SOCK_STREAM)
    s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
    s.bind(address)
    s.listen(5 if backlog is None else backlog)
    return s


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    lst = socket(AF_INET, SOCK_STREAM)
    lst.bind(('127.0.0.1', 0))
    lst.listen(1)
    a = socket(AF_INET, SOCK_STREAM)
    a.connect_ex(lst.getsockname())
    b, addr = lst.accept()
    lst.close()
    return a, b


class _GeventSocket(socket):
    _gevent = True


_GeventSocket.__name__ = 'socket'

_gevent_names = {
    'socket': _GeventSocket, 'error': error, 'timeout': timeout, 'herror': herror, 'gaierror': gaierror,
    'create_connection': create_connection, 'gethostbyname': gethostbyname, 'gethostname': gethostname,
    'getdefaulttimeout': getdefaulttimeout, 'socketpair': socketpair, 'cancel_wait_ex': _cancel_wait_ex,
    'AF_INET': AF_INET, 'AF_INET6': AF_INET6, 'AF_UNIX': AF_UNIX, 'SOCK_STREAM': SOCK_STREAM,
    'SOCK_DGRAM': SOCK_DGRAM, 'SOL_SOCKET': SOL_SOCKET, 'SO_REUSEADDR': SO_REUSEADDR, 'SO_ERROR': SO_ERROR,
    'IPPROTO_TCP': IPPROTO_TCP, 'TCP_NODELAY': TCP_NODELAY, 'SHUT_RD': SHUT_RD, 'SHUT_WR': SHUT_WR,
    'SHUT_RDWR': SHUT_RDWR, 'SOMAXCONN': SOMAXCONN,
}
_coroscope.make_module('gevent.socket', _gevent_names)
