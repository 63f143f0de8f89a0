# The classic coroutine pipeline (after David Beazley's "A Curious Course on Coroutines"):
# a @coroutine decorator primes each generator, functools.wraps keeps its name.
import functools


def coroutine(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


@coroutine
def grep(pattern, target):
    print('Looking for %s' % pattern)
    while True:
        line = (yield)
        if pattern in line:
            target.send(line)


@coroutine
def printer(prefix):
    while True:
        line = (yield)
        print(prefix + line)


@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


print(grep.__name__, printer.__name__, grep.__wrapped__.__name__)
out = printer('>> ')
p = grep('python', out)
for line in ['I love python', 'coroutines rock', 'python generators', 'done']:
    p.send(line)
p.close()
out.close()

avg = averager()
print(avg.send(10), avg.send(30), avg.send(5))
shout = functools.partial(printer, '!! ')
loud = shout()
loud.send('partial works too')
g = grep('x', loud)
g.send(None)
