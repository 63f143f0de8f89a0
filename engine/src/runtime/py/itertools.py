# The `itertools` module. Each iterator is a class named as CPython's (`<class
# 'itertools.chain'>`); most hand `__next__` to a generator. This module is internal code, so
# those generators get no lane on the timeline and add no frame to a traceback, as CPython's C
# iterators. Arguments are checked (and made iterators) when the object is made, as in C, so
# `cycle(1)` fails at once and `chain(1)` only when it is advanced.

_NOTHING = object()


class _Lazy:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _check_r(r):
    if r < 0:
        raise ValueError('r must be non-negative')


def _is_number(x):
    return isinstance(x, (int, float))


class count:
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %r)' % (self._object, self._times)


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


class cycle(_Lazy):
    def __init__(self, iterable):
        self._it = _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if total is _NOTHING:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


class accumulate(_Lazy):
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = _accumulate(iter(iterable), func, _NOTHING if initial is None else initial)


def _chain(iterables):
    for iterable in iterables:
        for x in iterable:
            yield x


class chain(_Lazy):
    def __init__(self, *iterables):
        self._it = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterable):
        c = cls()
        c._it = _chain(iter(iterable))
        return c


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class compress(_Lazy):
    def __init__(self, data, selectors):
        self._it = _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


class dropwhile(_Lazy):
    def __init__(self, predicate, iterable):
        self._it = _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


class takewhile(_Lazy):
    def __init__(self, predicate, iterable):
        self._it = _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        if not (x if predicate is None else predicate(x)):
            yield x


class filterfalse(_Lazy):
    def __init__(self, predicate, iterable):
        self._it = _filterfalse(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class starmap(_Lazy):
    def __init__(self, function, iterable):
        self._it = _starmap(function, iter(iterable))


class groupby:
    # CPython's C logic: advancing the groupby ends the group handed out before.
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._source = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _NOTHING
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._source)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _NOTHING:
                pass
            elif self._tgtkey is _NOTHING:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        self._grouper = _grouper(self, self._tgtkey)
        return (self._currkey, self._grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._grouper is not self:
            raise StopIteration
        if gb._currvalue is _NOTHING:
            gb._step()
        if not self._tgtkey == gb._currkey:
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _NOTHING
        return value


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDICES_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def _as_index(x):
    # CPython's PyNumber_AsSsize_t with the error cleared: -1 for what is not an integer.
    return x if isinstance(x, int) else -1


class islice:
    def __init__(self, iterable, *args):
        if not args or len(args) > 3:
            raise TypeError('islice expected at %s %d arguments, got %d'
                            % ('least' if not args else 'most', 2 if not args else 4,
                               len(args) + 1))
        start, stop, step = 0, -1, 1
        if len(args) == 1:
            if args[0] is not None:
                stop = _as_index(args[0])
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        else:
            if args[0] is not None:
                start = _as_index(args[0])
            if args[1] is not None:
                stop = _as_index(args[1])
                if stop == -1:
                    raise ValueError(_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_INDICES_MSG)
        if len(args) == 3 and args[2] is not None:
            step = _as_index(args[2])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._source = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        # As CPython's islice_next: skip to the next index, stop at `stop`.
        it = self._source
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._source = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class _tee:
    def __init__(self, source, buffers, own):
        self._source = source
        self._buffers = buffers
        self._own = own

    def __iter__(self):
        return self

    def __next__(self):
        own = self._own
        if not own:
            value = next(self._source)
            for b in self._buffers:
                if b is not own:
                    b.append(value)
            return value
        return own.pop(0)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple([_tee(source, buffers, b) for b in buffers])


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        row = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                row.append(fillvalue)
        yield tuple(row)


class zip_longest(_Lazy):
    def __init__(self, *iterables, fillvalue=None):
        self._it = _zip_longest([iter(x) for x in iterables], fillvalue)


def _product(pools):
    # An odometer over the pools, the rightmost wheel turning fastest.
    for pool in pools:
        if not pool:
            return
    indices = [0] * len(pools)
    while True:
        yield tuple([pools[i][indices[i]] for i in range(len(pools))])
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return


class product(_Lazy):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._it = _product([tuple(p) for p in iterables] * repeat)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return


class permutations(_Lazy):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else r
        _check_r(r)
        self._it = _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


class combinations(_Lazy):
    def __init__(self, iterable, r=_NOTHING):
        if r is _NOTHING:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r)
        self._it = _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


class combinations_with_replacement(_Lazy):
    def __init__(self, iterable, r=_NOTHING):
        if r is _NOTHING:
            raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        _check_r(r)
        self._it = _combinations_with_replacement(pool, r)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


class pairwise(_Lazy):
    def __init__(self, iterable):
        self._it = _pairwise(iter(iterable))
