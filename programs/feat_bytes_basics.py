# bytes: literals, encode/decode, repr, methods.
b = b"hello world"
print(b, type(b).__name__, len(b), b[0], b[-1], b[0:5])
print(b.upper(), b.split(), b.replace(b"world", b"there"))
print(b.decode(), b.decode("utf-8"), "héllo".encode(), "héllo".encode("utf-8"))
print(repr(b"\x00\x01\xff"), b"tab\t\n\r", b"q'", b'd"', b"both'\"")
print(list(b"abc"), bytes([72, 105]), bytes(3), b"ab" * 2, b"ab" + b"cd")
print(b"ell" in b, 101 in b, b.startswith(b"he"), b.find(b"o"), b.count(b"l"))
data = "你好".encode("utf-8")
print(data, len(data), data.decode("utf-8"))
print(b"a" == b"a", b"a" < b"b", b"abc".hex(), bytes.fromhex("6869"))
print(b",".join([b"x", b"y"]), b"  pad ".strip(), str(b"x"))
for byte in b"hi":
    print(byte)
