# A round-robin scheduler of generator tasks, as tutorials write it: itertools.count hands out
# task ids, itertools.cycle walks the task list, islice bounds the run.
import itertools

task_ids = itertools.count(1)


class Task:
    def __init__(self, target):
        self.tid = next(task_ids)
        self.target = target

    def run(self):
        return next(self.target)


def worker(name, steps):
    for i in itertools.islice(itertools.count(), steps):
        print('%s step %d' % (name, i))
        yield
    print(name, 'done')


class Scheduler:
    def __init__(self):
        self.tasks = []

    def new(self, gen):
        task = Task(gen)
        self.tasks.append(task)
        return task.tid

    def mainloop(self):
        for turn in itertools.count():
            if not self.tasks:
                return turn
            task = self.tasks.pop(0)
            try:
                task.run()
            except StopIteration:
                print('task %d exited' % task.tid)
                continue
            self.tasks.append(task)


sched = Scheduler()
print(sched.new(worker('foo', 2)), sched.new(worker('bar', 3)), sched.new(worker('baz', 1)))
print('turns:', sched.mainloop())

colors = itertools.cycle(['red', 'green'])
pipeline = (c + '!' for c in itertools.islice(colors, 3))
for item in pipeline:
    print(item)
ticks = itertools.accumulate(itertools.repeat(1, 4))
print(list(zip(ticks, itertools.cycle('ab'))))
