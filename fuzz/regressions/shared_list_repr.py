# Hang inside one step: 2**40 visits in needs_python_text (fixed).
a = []
for i in range(40):
    a = [a, a]
print(repr(a)[:10])
