# raise ... from ..., implicit context, bare raise, nested handlers.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot convert {s!r}") from e


try:
    convert("x")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppressed:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), "| context:", repr(e.__context__), e.__cause__)


def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging, then re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer handler:", e)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
e = None
try:
    pass
except Exception as e:
    pass
print("e survives when nothing raised:", e)
try:
    raise IndexError("gone")
except IndexError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError:", ne)
