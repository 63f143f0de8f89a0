# Deep recursion with no base case: CPython stops it with RecursionError.
# The traceback collapses the repeated frames into one "[Previous line repeated N more times]" line.
def countdown(n):
    return countdown(n - 1) + 1


print("start")
countdown(10)
print("never printed")
