# An exception thrown into a suspended greenlet that does not catch it reaches main uncaught.
from greenlet import greenlet, getcurrent


def sleeper():
    print("sleeper pausing")
    getcurrent().parent.switch()
    print("never resumed")


g = greenlet(sleeper)
g.switch()
g.throw(TimeoutError("took too long"))
