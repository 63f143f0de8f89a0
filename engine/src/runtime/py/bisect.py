# The `bisect` module: the binary search of CPython's C module _bisect (the same as Lib/bisect.py),
# with its argument checks. As in C, hi=None and hi=-1 both mean len(a).


_PARAMETERS = ('a', 'x', 'lo', 'hi', 'key')
_MISSING = object()


# The C functions' argument parser, with its messages and its order of checks: too many
# positional arguments, a missing required one, one given twice, an unknown keyword.
def _arguments(name, args, kwargs):
    if len(args) > 4:
        raise TypeError('%s() takes at most 4 positional arguments (%d given)' % (name, len(args)))
    values = list(args) + [_MISSING] * (5 - len(args))
    for i in range(len(args), 5):
        values[i] = kwargs.get(_PARAMETERS[i], _MISSING)
        if values[i] is _MISSING and i < 2:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, _PARAMETERS[i], i + 1))
    for i in range(len(args)):
        if _PARAMETERS[i] in kwargs:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, _PARAMETERS[i], i + 1))
    for k in kwargs:
        if k not in _PARAMETERS:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
    a, x, lo, hi, key = values
    lo, hi = _bounds(a, 0 if lo is _MISSING else lo, None if hi is _MISSING else hi)
    return a, x, lo, hi, None if key is _MISSING else key


def _bounds(a, lo, hi):
    if not isinstance(lo, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(lo).__name__)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = -1
    elif not isinstance(hi, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
    if hi == -1:
        hi = len(a)
    # C converts both to integers: a bool bound comes back as 0 or 1.
    return int(lo), int(hi)


def bisect_right(*args, **kwargs):
    a, x, lo, hi, key = _arguments('bisect_right', args, kwargs)
    return _right(a, x, lo, hi, key)


def bisect_left(*args, **kwargs):
    a, x, lo, hi, key = _arguments('bisect_left', args, kwargs)
    return _left(a, x, lo, hi, key)


def _right(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(*args, **kwargs):
    a, x, lo, hi, key = _arguments('insort_right', args, kwargs)
    a.insert(_right(a, x if key is None else key(x), lo, hi, key), x)


def insort_left(*args, **kwargs):
    a, x, lo, hi, key = _arguments('insort_left', args, kwargs)
    a.insert(_left(a, x if key is None else key(x), lo, hi, key), x)


bisect = bisect_right
insort = insort_right
