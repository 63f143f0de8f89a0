# A timer list kept sorted with bisect.insort, as in tutorials on event loops: call_later adds
# (deadline, seq, callback); the loop runs every timer whose deadline has come, then jumps the
# virtual clock to the next one. Generators are resumed by their timers.
import bisect

timers = []
clock = 0
seq = 0


def call_later(delay, callback, *args):
    global seq
    bisect.insort(timers, (clock + delay, seq, callback, args))
    seq += 1


def run_task(gen):
    try:
        delay = next(gen)
    except StopIteration:
        return
    call_later(delay, run_task, gen)


def worker(name, delays):
    for d in delays:
        print(f't={clock} {name} waits {d}')
        yield d
    print(f't={clock} {name} done')


call_later(0, run_task, worker('a', [3, 1]))
call_later(0, run_task, worker('b', [2, 2]))
call_later(5, print, 't=5 a plain callback')
while timers:
    print('pending deadlines:', [t[0] for t in timers])
    clock = timers[0][0]
    deadline, _, callback, args = timers.pop(0)
    callback(*args)
print('position of 4 among', [1, 3, 4, 4, 7], bisect.bisect_left([1, 3, 4, 4, 7], 4),
      bisect.bisect_right([1, 3, 4, 4, 7], 4))
