# Stack overflow comparing deeply nested lists (fixed: RecursionError).
a = []
b = []
for i in range(3000):
    a = [a]
    b = [b]
print(a == b)
print(a < b)
