# The `functools` module: CPython's C parts (partial, reduce, the lru_cache wrapper,
# cmp_to_key) and the pure-Python parts of Lib/functools.py a tutorial uses. Compiled as
# internal code, so none of it adds a frame to a traceback (CPython's C parts add none either).

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_NOTHING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # As Lib/functools.py: an attribute the wrapped object lacks is skipped.
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial:
    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:
            # CPython flattens a partial of a partial.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append('%s=%r' % (k, v))
        return 'functools.partial(%s)' % ', '.join(parts)


def reduce(*args, **kwargs):
    # Positional only, with the C function's messages for a wrong call.
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if not 2 <= len(args) <= 3:
        raise TypeError('reduce expected at %s arguments, got %d'
                        % ('least 2' if len(args) < 2 else 'most 3', len(args)))
    function, iterable = args[0], args[1]
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for element in it:
        value = function(value, element)
    return value


class _CacheInfo:
    # CPython's is a namedtuple; what a program prints of it is its repr and its fields.
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _fields(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._fields()

    def __iter__(self):
        return iter(self._fields())

    def __getitem__(self, i):
        return self._fields()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._fields()
        return self._fields() == other

    def __hash__(self):
        # A namedtuple in CPython: hashed as the tuple of its fields.
        return hash(self._fields())


class _lru_cache_wrapper:
    def __init__(self, func, maxsize, typed):
        self._func = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, func)

    def _key(self, args, kwds):
        key = args
        if kwds:
            key = key + (_KWD_MARK,)
            for item in kwds.items():
                key = key + item
        if self._typed:
            key = key + tuple([type(v) for v in args])
            if kwds:
                key = key + tuple([type(v) for v in kwds.values()])
        return key

    def __call__(self, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        key = self._key(args, kwds)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache.pop(key)
            cache[key] = result  # most recently used goes last
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if key not in cache:
            cache[key] = result
            if self._maxsize is not None and len(cache) > self._maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}


class _KwdMark:
    pass


_KWD_MARK = _KwdMark()


def _lru_wrap(func, maxsize, typed):
    wrapper = _lru_cache_wrapper(func, maxsize, typed)
    qualname = getattr(func, '__qualname__', '')
    if '.' not in qualname or qualname.rsplit('.', 1)[0].endswith('<locals>'):
        return wrapper
    # Defined in a class body: CPython's wrapper binds as a method through __get__, which
    # this engine does not call, so a method gets a function (which binds) around it.
    def method(*args, **kwds):
        return wrapper(*args, **kwds)
    update_wrapper(method, func)
    method.cache_info = wrapper.cache_info
    method.cache_clear = wrapper.cache_clear
    method.cache_parameters = wrapper.cache_parameters
    return method


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        return _lru_wrap(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrap(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    roots = [op for op in _CONVERT
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__, as CPython
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


class KeyWrapper:
    # CPython's C key object: cmp_to_key(f) is one without an object, calling it wraps one.
    def __init__(self, cmp, obj=_NOTHING):
        self._cmp = cmp
        if obj is not _NOTHING:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _other(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self._cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self._cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self._cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self._cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self._cmp(self.obj, self._other(other)) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    return KeyWrapper(mycmp)
