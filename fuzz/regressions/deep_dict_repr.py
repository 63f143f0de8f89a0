# Deep dict nesting in repr.
d = {}
for i in range(3000):
    d = {1: d}
print(str(d)[:5])
