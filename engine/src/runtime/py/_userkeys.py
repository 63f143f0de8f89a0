# The slow paths of dicts, sets and sequences whose items are hashed or compared by Python code
# (a class's own __hash__ and __eq__). The VM does everything else natively; when it meets such
# an item it calls one of these through the prelude's `_by_keys`, which imports this module the
# first time (so programs that never need it do not compile it). Internal code, as the prelude:
# its frames never appear in tracebacks or in the trace.
#
# Dicts and sets: the native operation finds that it needs Python's == and calls a function
# here, which finds the stored key (`_resolve_key`) and runs the operation again; this time it
# takes that key (see vm/dict.rs).


class _Missing:
    pass


_MISSING = _Missing()


def _set_binop(a, b, op, inplace):
    # Set algebra when elements are hashed by Python code, with CPython's order of look-ups
    # (setobject.c); the VM does the rest natively. The result has a's type.
    if op == '|':
        r = a if inplace else set(a)
        r.update(b)
    elif op == '&':
        big, small = (b, a) if len(b) > len(a) else (a, b)
        r = set()
        for x, h, _ in _hashed_entries(small):
            if _has_hashed(big, x, h):
                _keyed_add(r, x, h)
        if inplace:
            a.clear()
            a.update(r)
            return a
    elif op == '-':
        if inplace or (len(a) >> 2) > len(b):
            r = a if inplace else set(a)
            for x, h, _ in _hashed_entries(b):
                _keyed_discard(r, x, h)
        else:
            r = set()
            for x, h, _ in _hashed_entries(a):
                if not _has_hashed(b, x, h):
                    _keyed_add(r, x, h)
    else:
        r = a if inplace else set(b)
        for x, h, _ in _hashed_entries(b if inplace else a):
            if _has_hashed(r, x, h):
                _keyed_discard(r, x, h)
            else:
                _keyed_add(r, x, h)
    if type(a) is frozenset:
        return frozenset(r)
    return r


def _set_order(a, b, op):
    # a <= b (and friends) of two sets, by look-ups that may run Python's ==.
    if op == '>' or op == '>=':
        a, b = b, a
    if len(a) > len(b) or ((op == '<' or op == '>') and len(a) == len(b)):
        return False
    for x, h, _ in _hashed_entries(a):
        if not _has_hashed(b, x, h):
            return False
    return True


def _seq_index(seq, x, missing):
    # list.index / tuple.index when an item's __eq__ decides; `missing` None: a list's message.
    i = 0
    for y in seq:
        if y is x or y == x:
            return i
        i += 1
    raise ValueError(repr(x) + ' is not in list' if missing is None else missing)


def _seq_count(seq, x):
    n = 0
    for y in seq:
        if y is x or y == x:
            n += 1
    return n


def _list_remove(items, x):
    i = 0
    for y in items:
        if y is x or y == x:
            del items[i]
            return
        i += 1
    raise ValueError('list.remove(x): x not in list')


def _builtin_eq(a, b):
    # == of two lists, two tuples, two dicts or two sets when some item's __eq__ decides (the
    # VM compares the rest itself), as CPython compares them; else NotImplemented.
    ta = type(a)
    tb = type(b)
    if (ta is list and tb is list) or (ta is tuple and tb is tuple):
        if len(a) != len(b):
            return False
        i = 0
        while i < len(a):
            x = a[i]
            y = b[i]
            if not (x is y or x == y):
                return False
            i += 1
        return True
    if ta is dict and tb is dict:
        if len(a) != len(b):
            return False
        for k, h, v in _hashed_entries(a):
            w = _get_hashed(b, k, h)
            if w is _MISSING or not (v is w or v == w):
                return False
        return True
    if (ta is set or ta is frozenset) and (tb is set or tb is frozenset):
        if len(a) != len(b):
            return False
        for x, h, _ in _hashed_entries(a):
            if not _has_hashed(b, x, h):
                return False
        return True
    return NotImplemented


def _resolve_key(table, x, h=None):
    # CPython's look-up: the stored keys with x's hash, in the order it meets them; the first
    # that is x or equals it (stored == x, in that order of operands) is x's key. `h`: x's
    # hash when known (CPython reuses the hash a set or dict stored, without calling __hash__).
    if h is None:
        h = hash(x)
    for stored in _keys_with_hash(table, h):
        if stored is x or stored == x:
            _key_found(table, x, stored, h)
            return
    _key_found(table, x, x, h)


def _keyed_getitem(d, k):
    _resolve_key(d, k)
    return d[k]


def _keyed_setitem(d, k, v):
    _resolve_key(d, k)
    d[k] = v


def _keyed_delitem(d, k):
    _resolve_key(d, k)
    del d[k]


def _keyed_add(s, x, h=None):
    _resolve_key(s, x, h)
    s.add(x)


def _keyed_discard(s, x, h):
    _resolve_key(s, x, h)
    s.discard(x)


def _has_hashed(table, x, h):
    # x in table, x's hash being h.
    _resolve_key(table, x, h)
    return x in table


def _get_hashed(d, k, h):
    # d.get(k, _MISSING), k's hash being h.
    _resolve_key(d, k, h)
    return d.get(k, _MISSING)


def _keyed_contains(table, k):
    _resolve_key(table, k)
    return k in table


def _keyed_method(table, k, name, args):
    # `table.name(k, *rest)` (args holds k and the rest).
    _resolve_key(table, k)
    return getattr(table, name)(*args)


def _set_of_items(items):
    s = set()
    for x in items:
        s.add(x)
    return s


def _frozenset_of_items(items):
    return frozenset(_set_of_items(items))


def _dict_of_pairs(flat):
    # {k0: v0, k1: v1, ...} from [k0, v0, k1, v1, ...], in that order.
    d = {}
    i = 0
    while i < len(flat):
        d[flat[i]] = flat[i + 1]
        i += 2
    return d


def _set_update_items(s, *iterables):
    for items in iterables:
        if type(items) is set or type(items) is frozenset or type(items) is dict:
            for x, h, _ in _hashed_entries(items):
                _keyed_add(s, x, h)
        else:
            for x in items:
                s.add(x)


def _set_method_with_set(s, other, name):
    return getattr(s, name)(_set_of_items(other))


def _dict_with_pairs(d, pairs):
    for k, v in pairs:
        d[k] = v
    return d


def _set_isdisjoint(s, other):
    if isinstance(other, (set, frozenset)) and len(other) > len(s):
        s, other = other, s
    for x in other:
        if x in s:
            return False
    return True


def _dict_update_pairs(d, pairs):
    for k, v in pairs:
        d[k] = v


def _hash_py(x):
    # hash() of what the VM cannot hash alone: an instance whose class defines __hash__, or a
    # tuple holding one (its items' hashes combined as CPython combines them).
    if type(x) is tuple:
        return _tuple_hash([hash(item) for item in x])
    return _hash_result(type(x).__hash__(x))


def _table_op(a, b, op, inplace, shown):
    # a op b (a op= b if inplace) of two sets or two dicts that the VM left to Python.
    if type(a) is not dict and type(b) is not dict and op in ('|', '&', '-', '^'):
        return _set_binop(a, b, op, inplace and type(a) is set)
    if type(a) is dict and type(b) is dict and op == '|':
        r = a if inplace else a.copy()
        r.update(b)
        return r
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (shown, type(a).__name__, type(b).__name__))


def _container_compare(a, b, op):
    # a op b of two lists, tuples, dicts or sets that the VM left to Python: some item's
    # __eq__ (or __lt__ …) decides, or some key is hashed by Python code.
    if op == '==' or op == '!=':
        r = _builtin_eq(a, b)
        if r is NotImplemented:
            r = a is b
        return r if op == '==' else not r
    ta = type(a)
    tb = type(b)
    if (ta is set or ta is frozenset) and (tb is set or tb is frozenset):
        return _set_order(a, b, op)
    if (ta is list and tb is list) or (ta is tuple and tb is tuple):
        # The first items that differ decide, else the lengths (CPython's list_richcompare).
        i = 0
        while i < len(a) and i < len(b):
            x = a[i]
            y = b[i]
            if not (x is y or x == y):
                if op == '<':
                    return x < y
                if op == '<=':
                    return x <= y
                if op == '>':
                    return x > y
                return x >= y
            i += 1
        if op == '<':
            return len(a) < len(b)
        if op == '<=':
            return len(a) <= len(b)
        if op == '>':
            return len(a) > len(b)
        return len(a) >= len(b)
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, ta.__name__, tb.__name__))
