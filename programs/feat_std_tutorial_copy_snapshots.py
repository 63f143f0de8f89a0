# Generators that share one mutable state: each step yields the state, and the driver keeps
# snapshots with copy.deepcopy (a shallow copy would still share the inner lists, as the
# tutorial shows), then rewinds a task by deep-copying an old snapshot back.
import copy


def mover(state, name, steps):
    for dx in steps:
        state['pos'][name] += dx
        state['log'].append(f'{name}{dx:+d}')
        yield state


state = {'pos': {'a': 0, 'b': 0}, 'log': []}
tasks = [mover(state, 'a', [1, 2, 3]), mover(state, 'b', [5, -5])]
deep_snaps, shallow_snaps = [], []
while tasks:
    task = tasks.pop(0)
    try:
        snap = next(task)
    except StopIteration:
        continue
    deep_snaps.append(copy.deepcopy(snap))
    shallow_snaps.append(copy.copy(snap))
    tasks.append(task)

for i, (d, s) in enumerate(zip(deep_snaps, shallow_snaps)):
    print(i, d['pos'], len(d['log']), '| shallow sees', s['pos'], len(s['log']))

state = copy.deepcopy(deep_snaps[2])
print('rewound to', state)
again = mover(state, 'b', [10])
print('replayed', next(again), 'snapshot 2 unchanged:', deep_snaps[2]['pos'])
