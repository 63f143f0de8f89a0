# The `collections` module: deque and defaultdict, with CPython 3.11's reprs, messages and
# iteration order.
# The engine cannot subclass dict yet, so defaultdict is a plain class over a dict: only
# isinstance(d, dict) tells. namedtuple, OrderedDict and Counter are missing (an ImportError) until
# the engine can subclass tuple and dict and name a class made at run time.
# Internal code: its frames never show in tracebacks, as those of CPython's C module.


def _index(n):
    if isinstance(n, bool) or isinstance(n, int):
        return int(n)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        # Bumped by every change, so that an iterator notices a deque changed under it.
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def append(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            del self._items[0]
        self._items.append(x)

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            self._items.pop()
        self._items.insert(0, x)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def clear(self):
        self._state += 1
        self._items.clear()

    def copy(self):
        return type(self)(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._items.insert(i, x)

    def remove(self, x):
        for i in range(len(self._items)):
            if self._items[i] == x:
                self._state += 1
                del self._items[i]
                return
        raise ValueError('%r is not in deque' % (x,))

    def reverse(self):
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1):
        n = _index(n)
        size = len(self._items)
        if size > 1:
            n %= size
            if n:
                self._state += 1
                self._items[:] = self._items[-n:] + self._items[:-n]

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if i < 0:
            i += len(self._items)
        if i < 0 or i >= len(self._items):
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        i = self._position(i)
        self._state += 1
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return _deque_iter(self, self._items)

    def __reversed__(self):
        return _deque_iter(self, self._items[::-1])

    def __repr__(self):
        items = repr(self._items)
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, items)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, items, self._maxlen)

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        d = type(self)((), self._maxlen)
        d.extend(self._items * n)
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items * n
        self.clear()
        self.extend(items)
        return self


def _deque_iter(d, items):
    # As CPython's iterator: a change is noticed at the next step, even after the last item.
    state = d._state
    i = 0
    while True:
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        if i >= len(items):
            return
        yield items[i]
        i += 1


class _DictLike:
    # The dict methods, over a real dict in `_data` (insertion order kept, as dict's).
    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            other = other._data
        if not isinstance(other, dict):
            return NotImplemented
        return self._data == other

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, *args):
        return self._data.pop(*args)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def clear(self):
        self._data.clear()

    def update(self, *args, **kwargs):
        for other in args:
            if isinstance(other, _DictLike):
                other = other._data
            self._data.update(other)
        self._data.update(kwargs)


class defaultdict(_DictLike):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._data = {}
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        factory = 'None' if factory is None else repr(factory)
        return '%s(%s, %r)' % (type(self).__name__, factory, self._data)
