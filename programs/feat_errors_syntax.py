# A syntax error: nothing runs, CPython prints the error with a caret and exits with 1.
print("this line never runs")
def broken(:
    return 1
