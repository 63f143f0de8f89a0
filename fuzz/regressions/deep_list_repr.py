# Stack overflow in repr (fixed: RecursionError).
a = []
for i in range(3000):
    a = [a]
print(a)
print(f"{a}")
