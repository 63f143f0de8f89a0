# sys.exit with a code: finally blocks run, no traceback, exit code 3.
import sys

try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally still runs")
print("never printed")
