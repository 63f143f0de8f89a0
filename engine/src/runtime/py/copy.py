# The `copy` module after CPython's Lib/copy.py: the same dispatch on the type, the same memo
# (keyed by id, with _keep_alive), the __copy__ and __deepcopy__ hooks, and _reconstruct for
# what __reduce_ex__(4) returns. The engine's objects have no __reduce_ex__, so _reduce builds
# the reduction CPython's object, set and BaseException give; a class's own __reduce_ex__ or
# __reduce__ is used as in CPython.


class Error(Exception):
    pass


error = Error


def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, property,
           type(len), type(Ellipsis), type(NotImplemented), type(_copy_immutable)):
    _copy_dispatch[_t] = _copy_immutable
for _t in (list, dict, set):
    _copy_dispatch[_t] = _t.copy


def copy(x):
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    if type(x) is tuple:
        # The engine's id() of a tuple is computed from its items and is the same for every tuple
        # holding a mutable item, so tuples stay out of the memo (CPython memoizes a copied one:
        # only `is` between two copies of one shared tuple can tell).
        return _deepcopy_tuple(x, memo)
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            # A reduction that is a string names a global: the object is its own copy.
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deepcopy_dispatch = {}
for _t in (type(None), int, float, bool, str, bytes, type, range, property, type(len),
           type(Ellipsis), type(NotImplemented), type(_copy_immutable)):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict


# The memo holds every copied original, so that no id is reused while the memo lives.
def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _new_object(cls):
    return cls.__new__(cls)


def _reduce(x):
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor is not None:
        return reductor()
    cls = type(x)
    if cls is set or cls is frozenset:
        return cls, (list(x),), None
    try:
        state = x.__dict__ or None
    except AttributeError:
        raise TypeError("cannot pickle '%s' object" % cls.__name__) from None
    if isinstance(x, BaseException):
        return cls, x.args, state
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        state = getstate(x)
    return _new_object, (cls,), state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            # CPython updates y.__dict__ without calling __setattr__; this engine has neither a
            # writable __dict__ nor object.__setattr__, so a class's own __setattr__ runs here.
            for key, value in (state or {}).items():
                setattr(y, key, value)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
