# The `copy` module after CPython's Lib/copy.py: the same dispatch on the type, the same memo
# (keyed by id, with _keep_alive), the __copy__ and __deepcopy__ hooks. CPython copies an
# instance through __reduce_ex__(4); the engine has no pickle protocol, so the instance branch
# does what that reduction amounts to: cls.__new__(cls), then its __dict__ (or __getstate__'s
# result, given to __setstate__ if the class has one), copied deeply for deepcopy.


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
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
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
            y = _reconstruct(x, memo)
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
    # A tuple inside a recursive structure may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
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


# What copy and deepcopy do with the reduction CPython's objects give (memo is None: shallow).
def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    if cls is set or cls is frozenset:
        items = list(x)
        return cls(deepcopy(items, memo) if deep else items)
    if isinstance(x, BaseException):
        args = deepcopy(x.args, memo) if deep else x.args
        y = cls(*args)
    else:
        try:
            x.__dict__
        except AttributeError:
            raise TypeError("cannot pickle '%s' object" % cls.__name__) from None
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, '__getstate__', None)
    state = getstate(x) if getstate is not None else (x.__dict__ or None)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        elif state:
            # CPython updates y.__dict__ without calling __setattr__; this engine has neither a
            # writable __dict__ nor object.__setattr__, so a class's own __setattr__ runs here.
            for key, value in state.items():
                setattr(y, key, value)
    return y
