# The `collections` module: deque, defaultdict, OrderedDict, Counter and namedtuple, with CPython 3.11's reprs, messages and
# iteration order.
# The engine cannot subclass dict yet, so defaultdict is a plain class over a dict: only
# isinstance(d, dict) tells; so are OrderedDict and Counter. A namedtuple class is a plain class
# over a tuple in `_values`: isinstance(p, tuple) is False, and as a dict key or set member it
# counts by identity (the engine keys instances by id).
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

    def __bool__(self):
        return len(self._data) > 0

    def __reversed__(self):
        return reversed(self._data)

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


def _is_mapping(x):
    return isinstance(x, dict) or isinstance(x, _DictLike)


class _OrderedView:
    # odict_keys / odict_values / odict_items: CPython names them in their reprs.
    def __init__(self, name, od, pick):
        self._name = name
        self._od = od
        self._pick = pick

    def __iter__(self):
        pick = self._pick
        data = self._od._data
        for k in data:
            yield pick(k, data)

    def __reversed__(self):
        pick = self._pick
        data = self._od._data
        for k in reversed(data):
            yield pick(k, data)

    def __len__(self):
        return len(self._od._data)

    def __contains__(self, x):
        return x in list(self)

    def __repr__(self):
        return '%s(%r)' % (self._name, list(self))


class OrderedDict(_DictLike):
    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        self._data = {}
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        for other in args:
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self._data[k] = other[k]
            else:
                for k, v in other:
                    self._data[k] = v
        for k in kwargs:
            self._data[k] = kwargs[k]

    def move_to_end(self, key, last=True):
        if key not in self._data:
            raise KeyError(key)
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._data)) if last else next(iter(self._data))
        return key, self._data.pop(key)

    def keys(self):
        return _OrderedView('odict_keys', self, lambda k, d: k)

    def values(self):
        return _OrderedView('odict_values', self, lambda k, d: d[k])

    def items(self):
        return _OrderedView('odict_items', self, lambda k, d: (k, d[k]))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._data == other._data and list(self._data) == list(other._data)
        return _DictLike.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return '%s()' % type(self).__name__
        return '%s(%r)' % (type(self).__name__, list(self._data.items()))


class Counter(_DictLike):
    def __init__(self, iterable=None, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        # heapq.nlargest is documented to equal sorted(..., reverse=True)[:n], ties in order.
        items = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if _is_mapping(iterable) and not self._data:
                # As CPython's: into an empty Counter a mapping is copied, not added.
                for elem in iterable.keys():
                    self._data[elem] = iterable[elem]
            elif _is_mapping(iterable):
                for elem in iterable.keys():
                    self._data[elem] = iterable[elem] + self._data.get(elem, 0)
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self._data[elem] = self._data.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self._data:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self._data)
        return '%s(%r)' % (type(self).__name__, d)

    def __eq__(self, other):
        if isinstance(other, Counter):
            return all(self[e] == other[e] for c in (self, other) for e in c)
        return _DictLike.__eq__(self, other)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if',
    'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _quoted_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _NamedTuple:
    # CPython makes `__new__(_cls, x, y)` with eval; here the arguments are bound by hand, with
    # the messages CPython gives for that signature.
    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        defaults = cls._field_defaults
        name = cls.__name__ + '.__new__()'
        if len(args) > len(fields):
            most = len(fields) + 1
            least = most - len(defaults)
            takes = str(most) if least == most else 'from %d to %d' % (least, most)
            raise TypeError('%s takes %s positional argument%s but %d were given'
                            % (name, takes, '' if most == 1 else 's', len(args) + 1))
        values = dict(zip(fields, args))
        for key in kwargs:
            if key not in fields:
                raise TypeError('%s got an unexpected keyword argument %r' % (name, key))
            if key in values:
                raise TypeError('%s got multiple values for argument %r' % (name, key))
            values[key] = kwargs[key]
        missing = [f for f in fields if f not in values and f not in defaults]
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (name, len(missing), '' if len(missing) == 1 else 's',
                               _quoted_list(missing)))
        self._values = tuple(values[f] if f in values else defaults[f] for f in fields)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(values)))
        return cls(*values)

    def _replace(self, **kwds):
        values = [kwds.pop(f) if f in kwds else v for f, v in zip(self._fields, self._values)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def __repr__(self):
        parts = ['%s=%r' % (f, v) for f, v in zip(self._fields, self._values)]
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, x):
        return x in self._values

    def __hash__(self):
        return hash(self._values)

    def count(self, x):
        return self._values.count(x)

    def index(self, *args):
        return self._values.index(*args)

    def __getnewargs__(self):
        return self._values

    def __eq__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values == other

    def __ne__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values != other

    def __lt__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values < other

    def __le__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values > other

    def __ge__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values >= other

    def __add__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else self._values + other

    def __radd__(self, other):
        other = _as_tuple(other)
        return NotImplemented if other is None else other + self._values

    def __mul__(self, n):
        return self._values * n

    __rmul__ = __mul__


def _as_tuple(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, _NamedTuple):
        return x._values
    return None


def _field(index):
    def get(self):
        return self._values[index]

    def set(self, value):
        raise AttributeError("can't set attribute")

    return property(get, set)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    class cls(_NamedTuple):
        pass

    cls._fields = tuple(field_names)
    cls._field_defaults = field_defaults
    cls.__match_args__ = tuple(field_names)
    for index, name in enumerate(field_names):
        setattr(cls, name, _field(index))
    cls.__name__ = typename
    cls.__qualname__ = typename
    # CPython takes the caller's module; a program here is always __main__.
    cls.__module__ = '__main__' if module is None else module
    return cls
