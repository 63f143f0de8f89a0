# Custom exception classes; args, str and repr of exceptions.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("x"), ValueError("bad", 1)]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
try:
    raise NotFound("cfg")
except AppError as e:
    print("caught", type(e).__name__, e, e.key, isinstance(e, Exception))
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
print(issubclass(NotFound, AppError), issubclass(AppError, BaseException))
print(ZeroDivisionError.__mro__[1].__name__, KeyError.__mro__[1].__name__)
print(repr(StopIteration(5)), StopIteration(5).value, repr(OSError(2, "nope")))
