# The engine's Python prelude: built-ins written in Python so that, when they call back into user
# code (a generator, a key function, a __repr__), that is an ordinary frame and never a Rust call.
# Compiled as internal code: its frames never appear in tracebacks or in the trace.
# Names without a leading underscore are exported to `builtins`.

def _list(it):
    out = []
    for x in it:
        out.append(x)
    return out


def _truth(x):
    f = getattr(type(x), '__bool__', None)
    if f is not None:
        r = f(x)
        if type(r) is not bool:
            raise TypeError('__bool__ should return bool, returned ' + type(r).__name__)
        return r
    f = getattr(type(x), '__len__', None)
    if f is not None:
        return f(x) != 0
    return True


_REFLECTED = {
    '+': ('__add__', '__radd__', '__iadd__'),
    '-': ('__sub__', '__rsub__', '__isub__'),
    '*': ('__mul__', '__rmul__', '__imul__'),
    '/': ('__truediv__', '__rtruediv__', '__itruediv__'),
    '//': ('__floordiv__', '__rfloordiv__', '__ifloordiv__'),
    '%': ('__mod__', '__rmod__', '__imod__'),
    '**': ('__pow__', '__rpow__', '__ipow__'),
    '@': ('__matmul__', '__rmatmul__', '__imatmul__'),
    '<<': ('__lshift__', '__rlshift__', '__ilshift__'),
    '>>': ('__rshift__', '__rrshift__', '__irshift__'),
    '&': ('__and__', '__rand__', '__iand__'),
    '|': ('__or__', '__ror__', '__ior__'),
    '^': ('__xor__', '__rxor__', '__ixor__'),
}


# `shown`: the operator the error names (`+=` for an in-place `+` that fell back to `+`).
def _binop(a, b, op, shown=None):
    name, rname, _ = _REFLECTED[op]
    f = getattr(type(a), name, None)
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    if type(a) is not type(b):
        f = getattr(type(b), rname, None)
        if f is not None:
            r = f(b, a)
            if r is not NotImplemented:
                return r
    if type(a) in _TABLES and type(b) in _TABLES:
        return _by_keys('_table_op', a, b, op, False, shown or op)
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (shown or op, type(a).__name__, type(b).__name__))


def _inplace_op(a, b, op):
    f = getattr(type(a), _REFLECTED[op][2], None)
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    if type(a) in _TABLES and type(b) in _TABLES:
        return _by_keys('_table_op', a, b, op, True, op + '=')
    return _binop(a, b, op, op + '=')


# Sets and dicts holding items hashed or compared by Python code: see _by_keys.
_TABLES = (dict, set, frozenset)
_CONTAINERS = (list, tuple, dict, set, frozenset)


_UNARY = {'-': '__neg__', '+': '__pos__', '~': '__invert__'}


def _unaryop(a, op):
    if op == 'not':
        return not _truth(a)
    f = getattr(type(a), _UNARY[op], None)
    if f is None:
        raise TypeError("bad operand type for unary %s: '%s'" % (op, type(a).__name__))
    return f(a)


_COMPARE = {
    '==': ('__eq__', '__eq__'), '!=': ('__ne__', '__ne__'),
    '<': ('__lt__', '__gt__'), '<=': ('__le__', '__ge__'),
    '>': ('__gt__', '__lt__'), '>=': ('__ge__', '__le__'),
}


def _compare(a, b, op):
    if op == 'in' or op == 'not in':
        r = _contains(b, a)
        return r if op == 'in' else not r
    name, rname = _COMPARE[op]
    f = getattr(type(a), name, None)
    if f is not None:
        r = f(a, b)
        if r is not NotImplemented:
            return r
    f = getattr(type(b), rname, None)
    if f is not None:
        r = f(b, a)
        if r is not NotImplemented:
            return r
    if type(a) in _CONTAINERS and type(b) in _CONTAINERS:
        return _by_keys('_container_compare', a, b, op)
    if op == '==':
        return a is b
    if op == '!=':
        if getattr(type(a), '__eq__', None) is not None:
            return not (a == b)
        return a is not b
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, type(a).__name__, type(b).__name__))


def _contains(container, item):
    f = getattr(type(container), '__contains__', None)
    if f is not None:
        return bool(f(container, item))
    for x in container:
        if x is item or x == item:
            return True
    return False


def _repr(x):
    f = getattr(type(x), '__repr__', None)
    if f is not None and _is_python_function(f):
        r = f(x)
        if type(r) is not str:
            raise TypeError('__repr__ returned non-string (type %s)' % type(r).__name__)
        return r
    # Loops, not comprehensions: one frame per level of nesting, as CPython's repr counts.
    t = type(x)
    if t is dict:
        parts = []
        for k, v in x.items():
            parts.append(_repr(k) + ': ' + _repr(v))
        return '{' + ', '.join(parts) + '}'
    if t is list or t is tuple or t is set or t is frozenset:
        if not x and t is not list and t is not tuple:
            return t.__name__ + '()'
        parts = []
        for v in x:
            parts.append(_repr(v))
        if t is list:
            return '[' + ', '.join(parts) + ']'
        if t is set:
            return '{' + ', '.join(parts) + '}'
        if t is frozenset:
            return 'frozenset({' + ', '.join(parts) + '})'
        if len(parts) == 1:
            return '(' + parts[0] + ',)'
        return '(' + ', '.join(parts) + ')'
    return _native_repr(x)


def _str(x):
    f = getattr(type(x), '__str__', None)
    if f is not None and _is_python_function(f):
        r = f(x)
        if type(r) is not str:
            raise TypeError('__str__ returned non-string (type %s)' % type(r).__name__)
        return r
    if type(x) is str:
        return x
    if isinstance(x, BaseException):
        return _native_str(x)
    return _repr(x)


def _format_value(v, conv, spec):
    if conv == 1:
        v = _str(v)
    elif conv == 2:
        v = _repr(v)
    elif conv == 3:
        v = ascii(_repr(v))
    f = getattr(type(v), '__format__', None)
    if f is not None and _is_python_function(f):
        return f(v, spec)
    if spec == '' and type(v) is not str:
        return _str(v)
    return format(v, spec)


def _print(args, sep, end, file):
    if sep is None:
        sep = ' '
    if end is None:
        end = '\n'
    text = sep.join([_str(a) for a in args]) + end
    if file is None:
        _write(1, text)
    else:
        file.write(text)


def _join(sep, items):
    return sep.join(_list(items))


def _sum(it, start):
    total = start
    for x in it:
        total = total + x
    return total


def _minmax(args, key, default, is_max, name):
    if len(args) == 1:
        it = args[0]
    elif len(args) == 0:
        raise TypeError('%s expected at least 1 argument, got 0' % name)
    else:
        it = args
    best = _NOTHING
    best_key = None
    for x in it:
        k = x if key is None else key(x)
        if best is _NOTHING or (k > best_key if is_max else k < best_key):
            best = x
            best_key = k
    if best is _NOTHING:
        if default is not _NOTHING:
            return default
        raise ValueError('%s() arg is an empty sequence' % name)
    return best


class _Nothing:
    pass


_NOTHING = _Nothing()


def _sorted(it, key, reverse):
    items = _list(it)
    keys = items if key is None else [key(x) for x in items]
    order = _merge_sort(list(range(len(items))), keys, reverse)
    return [items[i] for i in order]


def _merge_sort(idx, keys, reverse):
    # A stable merge sort of indices by keys, for keys that compare through Python methods
    # (native values are sorted natively). `reverse` keeps equal items in their first order,
    # as CPython's sort does.
    if reverse:
        idx.reverse()
    n = len(idx)
    width = 1
    while width < n:
        out = []
        i = 0
        while i < n:
            left = idx[i:i + width]
            right = idx[i + width:i + 2 * width]
            a = b = 0
            while a < len(left) and b < len(right):
                if keys[right[b]] < keys[left[a]]:
                    out.append(right[b])
                    b += 1
                else:
                    out.append(left[a])
                    a += 1
            out.extend(left[a:])
            out.extend(right[b:])
            i += 2 * width
        idx = out
        width *= 2
    if reverse:
        idx.reverse()
    return idx


def _any(it):
    for x in it:
        if x:
            return True
    return False


def _all(it):
    for x in it:
        if not x:
            return False
    return True


def _dict_fromkeys(it, value):
    d = {}
    for k in it:
        d[k] = value
    return d


def _dict_from(it):
    d = {}
    # A mapping is anything with keys(), as CPython's dict() checks (Counter, OrderedDict).
    if hasattr(it, 'keys'):
        for k in it.keys():
            d[k] = it[k]
        return d
    for k, v in it:
        d[k] = v
    return d


def _dict_update_from(d, mapping, **kw):
    for k in mapping.keys():
        d[k] = mapping[k]
    for k in kw:
        d[k] = kw[k]


# The built-in iterator types `enumerate`, `zip`, `map`, `filter` and `reversed` (of a
# non-built-in sequence) are these generators underneath; their objects have the built-in type
# and, like CPython's C iterators, never appear in the trace (see PRELUDE_ITERATORS).

def _enumerate(iterable, start=0):
    n = start
    for x in iterable:
        yield (n, x)
        n += 1


def _zip(*iterables):
    if not iterables:
        return
    its = [iter(x) for x in iterables]
    while True:
        row = []
        for it in its:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)


def _map(func, *iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield func(x)
        return
    for args in _zip(*iterables):
        yield func(*args)


def _filter(func, iterable):
    for x in iterable:
        if (x if func is None else func(x)):
            yield x


def _reversed_of(seq):
    f = getattr(type(seq), '__reversed__', None)
    if f is not None:
        return f(seq)
    if getattr(type(seq), '__len__', None) is None or getattr(type(seq), '__getitem__', None) is None:
        raise TypeError("'%s' object is not reversible" % type(seq).__name__)
    return _reversed(seq)


def _reversed(seq):
    i = len(seq) - 1
    while i >= 0:
        yield seq[i]
        i -= 1


def _next_py(it, default):
    f = getattr(type(it), '__next__', None)
    if f is None:
        raise TypeError("'%s' object is not an iterator" % type(it).__name__)
    if default is _NOTHING:
        return f(it)
    try:
        return f(it)
    except StopIteration:
        return default


def _iter_py(x):
    f = getattr(type(x), '__iter__', None)
    if f is None:
        if getattr(type(x), '__getitem__', None) is not None:
            return _seq_iter(x)
        raise TypeError("'%s' object is not iterable" % type(x).__name__)
    return f(x)


def _seq_iter(seq):
    # The old sequence protocol: seq[0], seq[1] ... until IndexError (or StopIteration).
    # CPython's type for it is `iterator`; this one shows as a generator if asked.
    getitem = getattr(type(seq), '__getitem__')
    i = 0
    while True:
        try:
            x = getitem(seq, i)
        except (IndexError, StopIteration):
            return
        yield x
        i += 1


def _len_py(x):
    f = getattr(type(x), '__len__', None)
    if f is None:
        raise TypeError("object of type '%s' has no len()" % type(x).__name__)
    return f(x)


def _by_keys(name, *args):
    # A function of the engine module _userkeys: the slow paths of dicts, sets and sequences
    # whose items are hashed or compared by Python code, compiled the first time one is needed.
    import _userkeys
    return getattr(_userkeys, name)(*args)


class _Stream:
    def __init__(self, fd):
        self._fd = fd

    def write(self, s):
        _write(self._fd, s)
        return len(s)

    def flush(self):
        pass


def _tuple_of(it):
    return tuple(_list(it))


def _set_of(it):
    return set(_list(it))


def _frozenset_of(it):
    return frozenset(_list(it))


def _list_extend(target, it):
    for x in it:
        target.append(x)


def _list_sort(target, key, reverse):
    target[:] = _sorted(target, key, reverse)


class _DictView:
    def __init__(self, items, name):
        self._items = items
        self._name = name

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        return self._name + '(' + _repr(self._items) + ')'

    def __eq__(self, other):
        if isinstance(other, _DictView):
            return self._items == other._items
        return NotImplemented


def _keys_view(items):
    return _DictView(items, 'dict_keys')


def _values_view(items):
    return _DictView(items, 'dict_values')


def _items_view(items):
    return _DictView(items, 'dict_items')


def _raise_new(cls, cause):
    # `raise cls from cause` for a class whose __init__ is Python code.
    raise cls() from cause
