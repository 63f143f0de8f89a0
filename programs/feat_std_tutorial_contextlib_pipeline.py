# A tutorial's coroutine pipeline: a consumer coroutine is primed with next() and fed with send();
# contextlib.closing closes it at the end of the with-block (GeneratorExit runs its cleanup), and a
# @contextmanager generator brackets each stage of the run, also when a stage fails.
from contextlib import closing, contextmanager, suppress


@contextmanager
def stage(name):
    print(f'--> {name}')
    try:
        yield name
    except ValueError as e:
        print(f'    {name} failed: {e}')
    finally:
        print(f'<-- {name}')


def averager():
    total = count = 0
    try:
        while True:
            value = yield (total / count if count else None)
            if value < 0:
                raise ValueError(f'negative reading {value}')
            total += value
            count += 1
    finally:
        print(f'    averager closed after {count} values')


with stage('warm-up'):
    with closing(averager()) as avg:
        print('    primed:', next(avg))
        for reading in [10, 20, 60]:
            print('    average:', avg.send(reading))

with stage('bad input'):
    avg = averager()
    next(avg)
    avg.send(5)
    avg.send(-1)
print('after the error:', next(avg, 'generator finished'))

with suppress(StopIteration), stage('drained'):
    it = iter([1])
    print('   ', next(it), next(it))
print('done')
