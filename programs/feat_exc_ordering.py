# try/except/else/finally: which blocks run, in which order.
def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError as e:
        print("except:", e)
        return "from except"
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", x)


print(attempt(2))
print(attempt(0))


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


print(finally_wins())


def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)


loop()
try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e)
