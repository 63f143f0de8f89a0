# repr and str of strings and nested containers: quotes and escapes.
print("it's", 'say "hi"', "both ' and \"")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(["a", 'b', "it's"], ("x",), {"k": ["v", 1.5, None, True]})
print([[1, [2, [3, []]]], ()], [(), (1,), (1, 2)])
print({1: {2: {3: "deep"}}}, [{"a": (1, "b")}])
print(str("a\tb"), repr("a\tb"), repr("line\nbreak"), repr("back\\slash"))
print(repr("\x00\x07\x1b\x7f"), repr("caf\u00e9"), repr("\u4e2d\u6587"))
print(["\n", "\t", "\\"], repr(""), repr(" "))
print(str([None, True, False, 1.0, -0.5, 10**20]))
x = [1, 2]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
print(repr(repr("a")), str(b"bytes"), [b"x", "y"])
