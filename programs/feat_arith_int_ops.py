# Integer arithmetic, including floor division and modulo with negative operands.
a, b = 17, 5
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(7 // 2, 7.0 // 2, -7 // 2, -7.5 // 2, 7 % 2.5, -7 % 2.5)
x = 10
x += 3
x *= 2
x -= 1
x //= 4
x **= 2
x %= 7
print(x)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 5 != 5)
print(True + True, True * 10, False - 1)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -1024 >> 3)
