# inf instead of OverflowError (fixed).
print(float(10 ** 400))
print(10 ** 400 * 1.0)
