# Containers nested far deeper than the recursion limit (1000). Building, hashing and freeing
# them works; showing or comparing them raises RecursionError, as each level of a repr or a
# comparison counts like a call.


def nested_tuple(depth, inside=()):
    t = inside
    for i in range(depth):
        t = (t,)
    return t


def nested_list(depth):
    l = []
    for i in range(depth):
        l = [l]
    return l


def nested_dict(depth):
    d = {}
    for i in range(depth):
        d = {'a': d}
    return d


def attempt(label, thunk):
    try:
        print(label, '->', thunk())
    except RecursionError as e:
        print(label, '-> RecursionError:', e)


deep = nested_tuple(20000)
twin = nested_tuple(20000)
table = {deep: 'found'}
print(table[deep], deep in table, len({deep, deep}), hash(deep) == hash(twin))
print(deep == deep, deep is twin, deep in [deep])

attempt('repr(deep)', lambda: repr(deep))
attempt('str(deep)', lambda: str(deep))
attempt("f'{deep}'", lambda: f'{deep}')
attempt("'%s' % (deep,)", lambda: '%s' % (deep,))
attempt('deep == twin', lambda: deep == twin)
attempt('deep < twin', lambda: deep < twin)
attempt('deep in [twin]', lambda: deep in [twin])
attempt('[twin].count(deep)', lambda: [twin].count(deep))

deep_list, list_twin = nested_list(20000), nested_list(20000)
deep_dict, dict_twin = nested_dict(20000), nested_dict(20000)
attempt('repr(deep_list)', lambda: repr(deep_list))
attempt('deep_list == list_twin', lambda: deep_list == list_twin)
attempt('deep_list < list_twin', lambda: deep_list < list_twin)
attempt('print(deep_dict)', lambda: print(deep_dict))
attempt('deep_dict == dict_twin', lambda: deep_dict == dict_twin)

# A few hundred levels are fine.
shallow = nested_tuple(300, 'x')
print(len(repr(shallow)), repr(shallow)[:8], repr(shallow)[-8:])
print(shallow == nested_tuple(300, 'x'), shallow < nested_tuple(300, 'y'))
print(len(str(nested_list(300))), nested_dict(300) == nested_dict(300))


# A generator held only through a deeply nested tuple is closed when the tuple is freed.
def worker():
    try:
        yield 'working'
    finally:
        print('worker closed')


w = worker()
print(next(w))
holder = nested_tuple(20000, (w,))
del w
print('name deleted')
holder = None
print('tuple freed')
deep = twin = deep_list = list_twin = deep_dict = dict_twin = table = None
print('done')
