# Integers never overflow: they grow past 2**63 into big integers.
big = 2 ** 63
print(big, big - 1, -big, big * big)
print(2 ** 64 + 1, 2 ** 100)
n = 9223372036854775807
print(n + 1, type(n + 1).__name__)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // 7, f % 1000007, -f // 3)
print(big == 2 ** 63, big > n, (2 ** 70) // (2 ** 68))
print(divmod(2 ** 65, 3), abs(-(2 ** 80)))
print(int("123456789012345678901234567890") + 1)
print(len(str(2 ** 1000)))
print(hex(2 ** 64), bin(2 ** 65))
print(-(2 ** 63) - 1)
