# Mixing int and float, and how print shows floats (shortest repr).
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 / 5, 7 / 3)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3)
print(1e16, 1e15, 1.5e-5, 0.0001, 123456789.0 * 10)
print(float(3), float("2.5"), int(3.99), int(-3.99), int("42"))
print(1e300 * 1e10, -1e300 * 1e10)
print(3.0, -0.0, 2.5e-10, 1e22, 1e21)
print(float("inf"), float("-inf"), float("nan"))
print(100.0 / 3, 2 ** 0.5, 10 ** -2)
print(3.14 == 3.14, 0.1 + 0.2 == 0.3)
x = 5
x /= 2
print(x, type(x).__name__)
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2))
print(str(1.0), repr(1.5), str(12345678901234567890.0))
