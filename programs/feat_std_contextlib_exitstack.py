# contextlib.ExitStack: last-in first-out exits, suppression, push, callback, pop_all, and an
# exception raised by a callback (caught: CPython's traceback would show contextlib's frames).
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name):
    print('open', name)
    try:
        yield name
    finally:
        print('close', name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('using', names)

with ExitStack() as stack:
    stack.enter_context(res('x'))
    stack.push(lambda *exc: print('push saw', exc[0].__name__ if exc[0] else None))
    stack.enter_context(suppress(KeyError))
    raise KeyError('gone')
print('suppressed by the stack')

with ExitStack() as stack:
    stack.enter_context(res('kept'))
    later = stack.pop_all()
print('moved out')
later.close()

def failing():
    raise ValueError('from callback')
try:
    with ExitStack() as stack:
        stack.callback(print, 'runs anyway')
        stack.callback(failing)
        print('body')
except ValueError as e:
    print('caught', repr(e), repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.callback(failing)
        raise KeyError('first')
except ValueError as e:
    print('caught', repr(e), repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError:', e)

# Inside an except block: a callback's exception is chained to the one it replaced, not to the
# exception being handled around the with-statement (sys.exc_info() in CPython's __exit__).
def also():
    raise TypeError('second')
try:
    raise KeyError('outer')
except KeyError:
    try:
        with ExitStack() as stack:
            stack.callback(failing)
    except ValueError as e:
        print(repr(e.__context__))
    try:
        with ExitStack() as stack:
            stack.callback(failing)
            stack.callback(also)
            raise IndexError('inner')
    except ValueError as e:
        print(repr(e.__context__), repr(e.__context__.__context__), repr(e.__context__.__context__.__context__))
