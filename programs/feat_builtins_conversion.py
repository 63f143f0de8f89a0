# Conversions and introspection: int, float, str, bool, chr, ord, hex, bin, oct, type, isinstance.
print(int("42"), int("-7"), int("  12 "), int(3.9), int("ff", 16), int("0b101", 0), int("11", 2))
print(float("1.5"), float(2), float("  -3 "), str(42), str(1.5), str([1]), bool(0), bool([0]))
print(chr(65), chr(0x4e2d), ord("a"), ord("中"), hex(255), hex(-255), bin(10), oct(8))
print(type(1).__name__, type(1.0).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
print(type(True).__name__, type((1,)).__name__, type({}).__name__, type(set()).__name__, type(len).__name__)
print(type(1), type("x"), type(None), type(print), type(lambda: 0).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", str))
print(list("ab"), list((1, 2)), list({"k": 1}), list(range(2)), tuple([1]), set([1, 1]))
print(abs(-3), repr(None), str(None), callable(len), callable(3))
print(dict(a=1), dict([(1, 2)]), list(dict(zip("xy", [1, 2])).items()))
try:
    int("3.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < "a"
except TypeError as e:
    print("TypeError:", e)
