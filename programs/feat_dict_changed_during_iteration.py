# Changing the size of a dict or set while a for loop walks it is a RuntimeError, as in CPython;
# changing values, or walking a copy, is fine. (A change of keys that keeps the size, which
# CPython sometimes reports as "dictionary keys changed during iteration", is not covered: the
# engine walks a snapshot of the keys.)
tasks = {"eat": 2, "play": 1, "sleep": 0}

try:
    for name in tasks:
        if tasks[name] == 0:
            del tasks[name]
except RuntimeError as e:
    print("del:", e)
print(tasks)

try:
    for name in tasks:
        tasks[name + "!"] = 1
except RuntimeError as e:
    print("add:", e)
print(len(tasks))

for name in list(tasks):
    if name.endswith("!"):
        del tasks[name]
print(tasks)

for name in tasks:
    tasks[name] = tasks[name] * 10
print(tasks)

seen = {1, 2, 3}
try:
    for x in seen:
        seen.add(x * 10)
except RuntimeError as e:
    print("set:", e)

it = iter(tasks)
print(next(it))
tasks.clear()
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)

counts = {"x": 1}
for k in counts:
    counts["y"] = 2
