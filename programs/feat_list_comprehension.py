# list comprehensions and nested lists.
squares = [x * x for x in range(6)]
evens = [x for x in range(20) if x % 2 == 0 if x % 3 != 0]
print(squares, evens)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[1] for row in matrix], [[row[i] for row in matrix] for i in range(3)])
flat = [v for row in matrix for v in row]
print(flat, sum(flat))
print(["even" if x % 2 == 0 else "odd" for x in range(4)])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 3] * 2
alias[0][1] = 5
print(alias)
x = "outer"
print([x for x in "ab"], x)
words = ["a", "bb", "ccc"]
print({w: len(w) for w in words}, {len(w) for w in words})
print(matrix[1][2], matrix[-1][-1], len(matrix))
