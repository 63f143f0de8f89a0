# Output kept without end (fixed: stdout capped at 1 MiB).
while True:
    print("hello world")
