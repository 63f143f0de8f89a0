# A tutorial's sleeping scheduler: generator tasks yield how long they want to sleep, and a heap
# ordered by wake-up time (then by a counter, so ties keep their order) picks the next one.
# The clock is virtual: the scheduler jumps to the next wake-up time instead of waiting.
import heapq


class Scheduler:
    def __init__(self):
        self.sleeping = []
        self.now = 0.0
        self.seq = 0

    def spawn(self, task, delay=0.0):
        heapq.heappush(self.sleeping, (self.now + delay, self.seq, task))
        self.seq += 1

    def run(self):
        while self.sleeping:
            self.now, _, task = heapq.heappop(self.sleeping)
            try:
                delay = task.send(None)
            except StopIteration as done:
                print(f'[{self.now:4.1f}] finished: {done.value}')
                continue
            self.spawn(task, delay)


def countdown(sched, name, n, interval):
    while n > 0:
        print(f'[{sched.now:4.1f}] {name} T-minus {n}')
        yield interval
        n -= 1
    return f'{name} lift-off'


def ticker(sched, ticks):
    for i in range(ticks):
        print(f'[{sched.now:4.1f}] tick {i}')
        yield 1.0
    return 'ticker done'


sched = Scheduler()
sched.spawn(countdown(sched, 'apollo', 3, 1.5))
sched.spawn(countdown(sched, 'gemini', 2, 2.0))
sched.spawn(ticker(sched, 4), delay=0.5)
sched.run()
print('heap empty:', sched.sleeping, 'clock:', sched.now)
