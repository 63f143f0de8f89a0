# if/elif/else, while with break/continue/else.
for n in [-5, 0, 7, 15, 100]:
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    else:
        kind = "big"
    print(n, kind)
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("while-else not reached")
j = 3
while j > 0:
    j -= 1
else:
    print("while-else ran, j =", j)
x = 5
print("yes" if x > 3 else "no", x if x else -1)
if not []:
    print("empty list is falsy")
if 0 < x <= 5 and x != 4 or False:
    print("chained comparison")
print(None or 0 or "last", 1 and 2 and 3, 0 and 1 / 0)
