# The `bisect` module: the binary search of CPython's C module _bisect (the same as Lib/bisect.py),
# with its argument checks. As in C, hi=None and hi=-1 both mean len(a).


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


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
