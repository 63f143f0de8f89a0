# parent, dead, bool(g), getcurrent(), and a finished greenlet's value going to its parent.
from greenlet import greenlet, getcurrent

main = getcurrent()
print("main parent is None:", main.parent is None, "main dead:", main.dead, bool(main))


def child():
    me = getcurrent()
    print("in child: parent is main:", me.parent is main, "bool:", bool(me), "dead:", me.dead)
    main.switch("paused")
    return "child result"


g = greenlet(child)
print("before start: dead:", g.dead, "bool:", bool(g))
print(g.switch())
print("suspended: dead:", g.dead, "bool:", bool(g))
print(g.switch())
print("finished: dead:", g.dead, "bool:", bool(g))


def leaf():
    return "leaf done"


def middle():
    inner = greenlet(leaf)
    print("inner parent is middle:", inner.parent is getcurrent())
    r = inner.switch()
    print("middle got", r)
    return "middle done"


print(greenlet(middle).switch())
other = greenlet(leaf, parent=g)
print(other.parent is g, greenlet(leaf).parent is main)
print(getcurrent() is main, type(main).__name__)
