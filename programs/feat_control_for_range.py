# for loops over range with steps, for/else, nested loops with break.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)))
print(list(range(10, 0, -3)), list(range(5, 5)), list(range(-3, 3)))
r = range(1, 10, 2)
print(r, len(r), r[2], r[-1], 7 in r, 8 in r)
for i in range(3):
    print("i =", i, end="; ")
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("for-else on empty")
total = 0
for i in range(100, 0, -7):
    if i % 2:
        continue
    total += i
print("total", total)
for i, j in zip(range(3), range(10, 13)):
    print(i, j)
print(i, j)
