# Generators as cooperative tasks: a round-robin scheduler driving them with next().
def task(name, n):
    for i in range(n):
        print(f"{name}: step {i}")
        yield i
    return f"{name} done"


queue = [task("eat", 2), task("play", 3)]
while queue:
    t = queue.pop(0)
    try:
        v = next(t)
        queue.append(t)
    except StopIteration as e:
        print("finished:", e.value)
print("all done")
