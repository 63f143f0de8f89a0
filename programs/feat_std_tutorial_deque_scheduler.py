# A tutorial's round-robin scheduler: generator tasks on a collections.deque; each yield hands
# control back, the scheduler puts the task at the end and resumes the next one.
from collections import deque


def countdown(n):
    while n > 0:
        print('T-minus', n)
        yield
        n -= 1
    print('Blastoff!')


def countup(n):
    x = 0
    while x < n:
        print('Counting up', x)
        yield
        x += 1


class TaskScheduler:
    def __init__(self):
        self._task_queue = deque()

    def new_task(self, task):
        self._task_queue.append(task)

    def run(self):
        while self._task_queue:
            task = self._task_queue.popleft()
            try:
                next(task)
                self._task_queue.append(task)
            except StopIteration:
                pass


sched = TaskScheduler()
sched.new_task(countdown(3))
sched.new_task(countdown(2))
sched.new_task(countup(4))
sched.run()
print(sched._task_queue)
