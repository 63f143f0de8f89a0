# A tiny priority scheduler for generator tasks: operator.attrgetter orders the ready tasks,
# operator.itemgetter sorts the report, functools.total_ordering compares tasks.
import functools
import operator


@functools.total_ordering
class Job:
    def __init__(self, name, priority, gen):
        self.name = name
        self.priority = priority
        self.gen = gen

    def __eq__(self, other):
        return self.priority == other.priority

    def __lt__(self, other):
        return self.priority < other.priority


def countdown(name, n):
    while n > 0:
        print(name, n)
        yield n
        n -= 1


jobs = [Job('low', 3, countdown('low', 2)), Job('high', 1, countdown('high', 3)),
        Job('mid', 2, countdown('mid', 1))]
finished = []
step = 0
while jobs:
    jobs.sort(key=operator.attrgetter('priority'))
    job = jobs[0]
    try:
        next(job.gen)
        job.priority += 1
    except StopIteration:
        jobs.remove(job)
        finished.append((job.name, step))
    step += 1
print(sorted(finished, key=operator.itemgetter(1)))
print(max(Job('a', 1, None), Job('b', 5, None)).name, Job('a', 1, None) >= Job('b', 1, None))
