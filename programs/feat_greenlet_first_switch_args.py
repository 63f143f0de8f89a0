# The first switch() passes its arguments (and keyword arguments) to run; later ones return them.
from greenlet import greenlet


def task(a, b=0, *rest, **opts):
    print("task args:", a, b, rest, opts)
    got = greenlet.getcurrent().parent.switch("first pause")
    print("task resumed with", got)
    got = greenlet.getcurrent().parent.switch()
    print("task resumed with", got)
    got = greenlet.getcurrent().parent.switch(1, 2)
    print("task resumed with", got)
    got = greenlet.getcurrent().parent.switch(k="v")
    print("task resumed with", got)
    return "task result"


g = greenlet(task)
print("main:", g.switch(1, 2, 3, mode="fast"))
print("main:", g.switch("x"))
print("main:", g.switch("y", "z"))
print("main:", g.switch())
print("main:", g.switch(last=True))
print("dead:", g.dead)


def kw_only(**kw):
    return kw


print(greenlet(kw_only).switch(a=1))
print(greenlet(lambda *a: a).switch())
