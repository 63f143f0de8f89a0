# with statements: suppression, nesting, exceptions in __exit__, return inside with.
class Managed:
    def __init__(self, name, swallow=()):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is not None and issubclass(et, self.swallow)


with Managed("outer", (KeyError,)):
    with Managed("inner", (ValueError,)):
        raise KeyError("k")
    print("skipped")
print("after")
for exc in (ValueError, TypeError):
    try:
        with Managed("m", (ValueError,)) as m:
            print("body of", m.name)
            raise exc("x")
        print("swallowed", exc.__name__)
    except TypeError:
        print("escaped", exc.__name__)
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
