# threading for coroscope.
#
# Without gevent's monkey-patching, threads are SIMULATED PREEMPTIVE THREADS: each thread runs on
# its own greenlet, and the scheduler below decides which one runs, like CPython's GIL:
#   * a thread runs for a time slice of SWITCH_INTERVAL_STEPS instructions (the VM counts them
#     and calls `_preempt()` at the end of the slice, at an instruction boundary of user code);
#     then the longest-waiting ready thread runs;
#   * a thread that blocks (time.sleep, join, Lock.acquire, Event.wait, a socket call that must
#     wait) lets the next ready thread run at once; when no thread is ready, the virtual clock
#     jumps to the next sleeper's deadline;
#   * `start()` puts the new thread at the end of the ready queue: the starting thread goes on;
#   * every switch between threads is a greenlet switch marked as preemption in the trace.
# CPython's real switch interval is 5 ms; here it is a fixed count of instructions so that runs
# are repeatable, and small enough that interleaving is visible.
#
# After `monkey.patch_all()`, threads are gevent greenlets and the current thread of a greenlet
# that is not a Thread is a `Dummy-n` thread, as in real gevent.
#
# Internal code: its frames never show in tracebacks or in the trace's lines.

import _coroscope
from greenlet import getcurrent, greenlet

# Instructions a thread runs before the scheduler may switch to another ready thread.
SWITCH_INTERVAL_STEPS = 1000

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
        if daemon is None:
            daemon = _running.daemon if _running is not None else False
        self._daemonic = bool(daemon)
        self._started = False
        self._greenlet = None
        self._done = False
        self._started_event = None
        self._active = None  # the greenlet to resume when the scheduler picks this thread
        self._joiners = []
        self._ident = None

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
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = bool(value)

    def isDaemon(self):
        _coroscope.warn('DeprecationWarning', 'isDaemon() is deprecated, get the daemon attribute instead')
        return self._daemonic

    def setDaemon(self, daemonic):
        _coroscope.warn('DeprecationWarning', 'setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def is_alive(self):
        return self._started and not self._done

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self, *ignored):
        _by_greenlet[getcurrent()] = self
        if self._started_event is not None:
            self._started_event.set()
        if _gevent is not None:
            try:
                self.run()
            finally:
                self._done = True
            return
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            overridden = type(self).run is not Thread.run
            _coroscope.print_thread_failure(self._name, e, overridden)
        self._done = True
        _wake_all(self._joiners)
        _threads.remove(self)
        # The thread's greenlet ends by switching straight to the next thread to run.
        nxt = _pick_next_or_wait()
        if nxt is None:
            return
        _set_running(nxt)
        getcurrent().parent = nxt._active

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        if _gevent is not None:
            # As in CPython, start() waits until the new thread runs (`self._started.wait()`):
            # with gevent that is a gevent Event, so the caller goes through the hub once.
            self._started_event = _gevent['Event']()
            g = _gevent['spawn'](self._bootstrap)
            g._coroscope_label = getattr(self._target, '__name__', None) or 'run'
            self._greenlet = g
            self._ident = id(g)
            self._started_event.wait()
            return
        _scheduler_start()
        g = greenlet(self._bootstrap, _coroscope.main_greenlet())
        g._coroscope_label = getattr(self._target, '__name__', None) or type(self).__name__
        _coroscope.mark_thread(g)
        self._greenlet = g
        self._active = g
        self._ident = id(g)
        _threads.append(self)
        # The new thread waits for the CPU; the starting thread goes on until its slice ends or
        # it blocks (what CPython does most of the time: start() returns before the new thread
        # gets the GIL).
        _ready.append(self)
        _arm()

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if _gevent is not None:
            if self._greenlet is not None:
                self._greenlet.join(timeout)
            return
        if self is _running:
            raise RuntimeError('cannot join current thread')
        if self._done or self is _main_thread:
            return
        if timeout is None:
            while not self._done:
                _block(self._joiners)
        else:
            _block(self._joiners, timeout)

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._done:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None and not self._done and status.startswith('started'):
            status += ' %d' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = 1


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=True)
        self._started = True


_running = None
_main_thread = _MainThread()
_by_greenlet = {}
_gevent = None


def current_thread():
    if _gevent is None:
        return _running
    g = getcurrent()
    if g is _coroscope.main_greenlet():
        return _main_thread
    t = _by_greenlet.get(g)
    if t is None:
        t = _DummyThread()
        _by_greenlet[g] = t
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def get_ident():
    return current_thread().ident


def active_count():
    if _gevent is None:
        return 1 + len(_threads)
    return 1 + len([t for t in _by_greenlet.values() if t.is_alive()])


activeCount = active_count


def enumerate():
    if _gevent is None:
        return [_main_thread] + list(_threads)
    return [_main_thread] + [t for t in _by_greenlet.values() if t.is_alive()]


def _patch_for_gevent(get_hub, getcurrent, sleep):
    global _gevent
    import gevent
    _gevent = {'spawn': gevent.spawn, 'sleep': sleep, 'Event': gevent.event.Event}


# ---------------------------------------------------------------- the scheduler (no gevent)

_running = _main_thread
_threads = []  # started, unfinished threads (not the main one)
_ready = []  # threads waiting for the CPU, longest-waiting first
_sleepers = []  # [deadline, seq, thread], soonest first
_seq = 0
_scheduling = False


def _scheduler_start():
    global _scheduling
    if _scheduling:
        return
    _scheduling = True
    _coroscope.set_thread_hooks(_preempt, _sleep)
    _coroscope.add_exit_hook(_shutdown)


def _arm():
    # Preempt only when another thread could take the CPU.
    if _ready or _sleepers:
        _coroscope.set_slice(SWITCH_INTERVAL_STEPS)
    else:
        _coroscope.set_slice(0)


def _wake_due(now):
    while _sleepers and _sleepers[0][0] <= now:
        t = _sleepers.pop(0)[2]
        if t not in _ready:
            _ready.append(t)


def _pick_next():
    """The next thread to run; moves the clock to the next sleeper if none is ready."""
    _wake_due(_coroscope.clock())
    while not _ready:
        if not _sleepers:
            return None
        deadline = _sleepers[0][0]
        # Idle until then (other programs on the machine may run, and wake one of ours).
        if _coroscope.idle_until(deadline) == 1:
            _wake_due(deadline)
        else:
            _wake_due(_coroscope.clock())
    return _ready.pop(0)


def _set_running(t):
    global _running
    _running = t
    _arm()


# Run `t`. `preempted`: the running thread's time slice is over (it did not ask to wait).
def _switch_to(t, preempted=False):
    prev = _running
    _set_running(t)
    if t is not prev:
        _coroscope.thread_switch(t._active, preempted)


def _deadlock():
    _coroscope.block_forever('every thread is blocked (a deadlock)')


def _pick_next_or_wait():
    """The next thread to run; when every thread waits, other programs on the machine run
    until one of ours is woken (None: nothing ever will)."""
    while True:
        t = _pick_next()
        if t is not None:
            return t
        if not _coroscope.machine_yield():
            _deadlock()
            return None


def _park():
    """The running thread stops until a waker puts it back in `_ready`."""
    me = _running
    me._active = getcurrent()
    t = _pick_next_or_wait()
    if t is None:
        return
    _switch_to(t)


def _preempt():
    # Called by the VM when the running thread's time slice is over.
    _wake_due(_coroscope.clock())
    if not _ready:
        _arm()
        return
    me = _running
    me._active = getcurrent()
    _ready.append(me)
    _switch_to(_ready.pop(0), True)


def _add_sleeper(t, deadline):
    global _seq
    _seq += 1
    entry = [deadline, _seq, t]
    i = len(_sleepers)
    while i > 0 and _sleepers[i - 1][0] > deadline:
        i -= 1
    _sleepers.insert(i, entry)
    return entry


def _make_ready(t):
    for e in _sleepers:
        if e[2] is t:
            _sleepers.remove(e)
            break
    if t not in _ready:
        _ready.append(t)


def _wake_all(waiters):
    while waiters:
        _make_ready(waiters.pop(0))


def _block(waiters, timeout=None):
    """Wait in `waiters` until woken, or until `timeout` seconds pass (then False)."""
    me = _running
    waiters.append(me)
    if timeout is not None:
        if timeout < 0:
            timeout = 0
        _add_sleeper(me, _coroscope.clock() + timeout)
    _park()
    if me in waiters:
        waiters.remove(me)
        return False
    return True


def _sleep(secs):
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    me = _running
    _add_sleeper(me, _coroscope.clock() + secs)
    _park()


def _block_on_network(wake_list, timeout=None):
    """A socket call must wait: sleep until the network wakes this thread (socket.py), or for
    `timeout` seconds at most (then False)."""
    if not _scheduling:
        if _coroscope.machine_yield():
            return True
        if timeout is not None:
            _coroscope.advance_clock_to(_coroscope.clock() + timeout)
            return False
        _coroscope.block_forever('the only thread waits on a socket no one else can serve')
        return True
    me = _running
    waker = _Waker(me)
    wake_list.append(waker)
    if timeout is not None:
        _add_sleeper(me, _coroscope.clock() + max(timeout, 0))
    _park()
    if waker in wake_list:
        wake_list.remove(waker)
        return False
    return True


class _Waker:
    def __init__(self, thread):
        self.thread = thread

    def __call__(self):
        _make_ready(self.thread)


def _shutdown():
    # The main thread's top level is over: wait for the non-daemon threads, as CPython does.
    for t in list(_threads):
        if not t._daemonic:
            t.join()


# ---------------------------------------------------------------- synchronisation


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if _gevent is not None:
            while self._locked:
                _gevent['sleep'](0)
            self._locked = True
            return True
        if not _scheduling:
            _coroscope.block_forever('the only thread waits for a lock it holds')
            return False
        deadline = None if timeout is None or timeout < 0 else _coroscope.clock() + timeout
        while self._locked:
            if deadline is None:
                _block(self._waiters)
            else:
                left = deadline - _coroscope.clock()
                if left <= 0 or not _block(self._waiters, left):
                    if self._locked:
                        return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False
        if self._waiters:
            _make_ready(self._waiters.pop(0))

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return '<%s _thread.lock object at %s>' % ('locked' if self._locked else 'unlocked', hex(id(self)))


class RLock:
    def __init__(self):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread() if _gevent is None else getcurrent()
        if self._owner is me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def release(self):
        me = current_thread() if _gevent is None else getcurrent()
        if self._owner is not me:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True
        if _gevent is None:
            _wake_all(self._waiters)

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if _gevent is not None:
            while not self._flag:
                _gevent['sleep'](0)
            return True
        if not _scheduling:
            if timeout is not None:
                _coroscope.advance_clock_to(_coroscope.clock() + timeout)
                return self._flag
            _coroscope.block_forever('the only thread waits for an Event no one can set')
            return False
        if timeout is None:
            while not self._flag:
                _block(self._waiters)
        else:
            _block(self._waiters, timeout)
        return self._flag


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def acquire(self, blocking=True, timeout=None):
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if _gevent is not None:
            while self._value <= 0:
                _gevent['sleep'](0)
            self._value -= 1
            return True
        if not _scheduling:
            _coroscope.block_forever('the only thread waits for a semaphore no one can release')
            return False
        deadline = None if timeout is None else _coroscope.clock() + timeout
        while self._value <= 0:
            if deadline is None:
                _block(self._waiters)
            else:
                left = deadline - _coroscope.clock()
                if left <= 0 or not _block(self._waiters, left):
                    if self._value <= 0:
                        return False
        self._value -= 1
        return True

    def release(self, n=1):
        self._value += n
        for i in range(n):
            if self._waiters:
                _make_ready(self._waiters.pop(0))

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        Semaphore.release(self, n)


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self._waiters = []
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _release_save(self):
        lock = self._lock
        if isinstance(lock, RLock):
            count = lock._count
            lock._count = 1
            lock.release()
            return count
        lock.release()
        return None

    def _acquire_restore(self, saved):
        self._lock.acquire()
        if saved is not None:
            self._lock._count = saved

    def wait(self, timeout=None):
        if _gevent is not None:
            raise NotImplementedError('threading.Condition with gevent.monkey is not simulated')
        waiter = _CondWaiter()
        self._waiters.append(waiter)
        saved = self._release_save()
        try:
            if not waiter.notified:
                if not _scheduling:
                    if timeout is None:
                        _coroscope.block_forever('the only thread waits on a Condition no one can notify')
                        return False
                    _coroscope.advance_clock_to(_coroscope.clock() + timeout)
                else:
                    waiter.thread = _running
                    _block(waiter.list, timeout)
            return waiter.notified
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            self._acquire_restore(saved)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        deadline = None if timeout is None else _coroscope.clock() + timeout
        while not result:
            left = None
            if deadline is not None:
                left = deadline - _coroscope.clock()
                if left <= 0:
                    break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        while self._waiters and n > 0:
            w = self._waiters.pop(0)
            w.notified = True
            _wake_all(w.list)
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class _CondWaiter:
    def __init__(self):
        self.notified = False
        self.thread = None
        self.list = []


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
