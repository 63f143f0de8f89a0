# Three greenlets taking turns through a tiny round-robin scheduler running in main.
from greenlet import greenlet, getcurrent

main = getcurrent()


def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        main.switch("yield")
    return f"{name} finished"


ready = [greenlet(task) for _ in range(3)]
args = {ready[0]: ("A", 2), ready[1]: ("B", 3), ready[2]: ("C", 1)}
started = set()
rounds = 0
while ready:
    g = ready.pop(0)
    if g in started:
        result = g.switch()
    else:
        started.add(g)
        result = g.switch(*args[g])
    if g.dead:
        print("done:", result)
    else:
        ready.append(g)
    rounds += 1
print("rounds:", rounds)
