# Exceptions: propagate to the parent; GreenletExit; throw(); switching to a dead greenlet.
from greenlet import greenlet, GreenletExit, getcurrent

main = getcurrent()


def fails():
    main.switch("step 1")
    raise ValueError("boom in greenlet")


g = greenlet(fails)
print(g.switch())
try:
    g.switch()
except ValueError as e:
    print("main caught:", repr(e), "dead:", g.dead)


def waits():
    try:
        main.switch("waiting")
    except GreenletExit:
        print("got GreenletExit")
        return "exit value"
    except KeyError as e:
        print("got", repr(e))
        return "key value"


w = greenlet(waits)
print(w.switch())
print("throw returned:", w.throw())
w2 = greenlet(waits)
w2.switch()
print("throw returned:", w2.throw(KeyError("k")))
print("switch to dead returns:", w.switch("ignored?"))
g3 = greenlet(waits)
print("throw into unstarted:", repr(g3.throw(GreenletExit)), g3.dead)


def swallow():
    try:
        main.switch()
    except RuntimeError as e:
        print("swallow got", e)
    main.switch("after throw")


s = greenlet(swallow)
s.switch()
print(s.throw(RuntimeError("via throw")))
print(issubclass(GreenletExit, BaseException), issubclass(GreenletExit, Exception))
