# TypeErrors of binary and in-place operators name the operator as written and the operands' own
# types.
class A:
    pass


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)


def iadd():
    x = 1
    x += "a"


def isub():
    x = [1]
    x -= 1


def imul():
    a = A()
    a *= 2


def ipow():
    x = 2
    x **= "s"


def ishift():
    x = 1.5
    x <<= 2.0


def iand():
    x = 3
    x &= 1.0


attempt("+=", iadd)
attempt("-=", isub)
attempt("*=", imul)
attempt("**=", ipow)
attempt("<<=", ishift)
attempt("&=", iand)
attempt("<<", lambda: 1 << 2.0)
attempt("&", lambda: 2.5 & 1)
attempt("|", lambda: True | 1.5)
attempt("^", lambda: 1.0 ^ 1.0)
attempt("@", lambda: 1 @ 2)
attempt("+", lambda: A() + 1)
attempt("-", lambda: 1 - A())
s = "ab"
s += "c"
print(s)
x = 7
x >>= 1
print(x)
y = 1
y -= "z"
