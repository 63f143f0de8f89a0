# Heap copied every 50k steps without end (fixed: checkpoints thinned, max_objects enforced).
l = []
while True:
    l.append([0] * 1000)
