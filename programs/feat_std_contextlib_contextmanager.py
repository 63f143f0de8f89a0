# contextlib.contextmanager: enter/exit order, an exception thrown into the generator (handled,
# re-raised), misbehaving generators, use as a decorator; suppress, closing, nullcontext.
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

print(tag.__name__, tag.__wrapped__.__name__)
with tag('b') as t:
    print('inside', t)

@contextmanager
def catching():
    try:
        yield
    except KeyError as e:
        print('handled', repr(e))

with catching():
    raise KeyError('k')
print('after suppressed')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print(v)

@tag('p')
def para(x):
    print('para', x)
    return x * 2
print(para(21))
print(para.__name__)

try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

with tag('div'):
    {}['missing']
