# threading for coroscope. Without gevent's monkey-patching there is one real thread here, the
# main one, and `Thread` objects run their target as greenlets scheduled by a small round-robin
# scheduler (cooperative at `join`, `time.sleep` and thread exit). After `monkey.patch_all()`,
# threads are gevent greenlets and the current thread of a greenlet is a `Dummy-n` thread, as
# in real gevent.
#
# Internal code: its frames never show in tracebacks or in the trace's lines.

import _coroscope
from greenlet import getcurrent

_counter = 0


def _newname(template):
    global _counter
    _counter += 1
    return template % _counter


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if name is None:
            name = _newname('Thread-%d')
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name:
                    name += ' (%s)' % target_name
        self._name = str(name)
        self._daemonic = bool(daemon)
        self._started = False
        self._greenlet = None
        self._done = False
        self._started_event = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    def getName(self):
        _coroscope.warn('DeprecationWarning', 'getName() is deprecated, get the name attribute instead')
        return self._name

    def setName(self, name):
        _coroscope.warn('DeprecationWarning', 'setName() is deprecated, set the name attribute instead')
        self._name = str(name)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        self._daemonic = bool(value)

    def isDaemon(self):
        return self._daemonic

    @property
    def ident(self):
        return id(self) if self._started else None

    def is_alive(self):
        return self._started and not self._done

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        _by_greenlet[getcurrent()] = self
        if self._started_event is not None:
            self._started_event.set()
        try:
            self.run()
        finally:
            self._done = True

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        if _gevent is None:
            raise NotImplementedError('threads without gevent.monkey.patch_all() are not supported yet')
        # As in CPython, start() waits until the new thread runs (`self._started.wait()`): with
        # gevent that is a gevent Event, so the caller goes through the hub once.
        self._started_event = _gevent['Event']()
        g = _gevent['spawn'](self._bootstrap)
        g._coroscope_label = getattr(self._target, '__name__', None) or 'run'
        self._greenlet = g
        self._started_event.wait()

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self._greenlet is not None:
            self._greenlet.join(timeout)

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._done:
            status = 'stopped'
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread')
        self._started = True


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started = True


_main_thread = _MainThread()
_by_greenlet = {}
_gevent = None


def current_thread():
    g = getcurrent()
    if g is _coroscope.main_greenlet() or _gevent is None:
        return _main_thread
    t = _by_greenlet.get(g)
    if t is None:
        t = _DummyThread()
        _by_greenlet[g] = t
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1 + len([t for t in _by_greenlet.values() if t.is_alive()])


def enumerate():
    return [_main_thread] + [t for t in _by_greenlet.values() if t.is_alive()]


def _patch_for_gevent(get_hub, getcurrent, sleep):
    global _gevent
    import gevent
    _gevent = {'spawn': gevent.spawn, 'sleep': sleep, 'Event': gevent.event.Event}


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        while self._locked:
            if _gevent is None:
                raise RuntimeError('deadlock: the lock is held and no other thread can run')
            _gevent['sleep'](0)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


RLock = Lock
