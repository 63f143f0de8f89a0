# raise C from x where C has a Python __init__: the cause is kept; the uncaught one ends the run.
class MyErr(Exception):
    def __init__(self):
        super().__init__('custom')

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise MyErr from e
except MyErr as e:
    print(repr(e), repr(e.__cause__))

def f():
    raise MyErr from None
try:
    f()
except MyErr as e:
    print(e.__cause__, e.__suppress_context__)
raise MyErr from KeyError('k')
