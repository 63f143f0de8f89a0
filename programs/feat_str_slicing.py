# Indexing and slicing strings.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[::-3])
print(s[100:], repr(s[5:2]), s[-100:3])
print(s[2:8:3], s[-1:-5:-1])
for i, ch in enumerate("hey"):
    print(i, ch)
print("ell" in "hello", "z" not in "hello", "" in "abc")
print(min("hello"), max("hello"), sorted("hello"))
print(list("abc"), tuple("ab"))
print("abc" < "abd", "Z" < "a", "apple" > "app")
