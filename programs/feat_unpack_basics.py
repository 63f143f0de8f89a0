# Tuple unpacking, starred targets, swapping.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
*init, last = [1, 2, 3, 4]
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
one, *empty = [1]
print(one, empty)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m = n = 0
m += 1
print(m, n)
nums = [3, 1, 2]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
print(*nums, sep="-")
print([*nums, *"ab"], (*nums,), {**{"a": 1}, **{"b": 2}})
def pair():
    return "left", "right"
l, r = pair()
print(l, r)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
