# Uncaught NameError (CPython 3.11 suggests a close name).
counter = 1
print(counter)
print(countr + 1)
