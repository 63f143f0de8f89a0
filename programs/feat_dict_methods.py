# dict methods and insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", "none"), d)
d.update({"x": 9, "a": -1})
d.update(y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d)
del d["x"]
print(d, d.keys(), d.values(), d.items())
e = dict(a=1, b=2)
print(e, dict([("k", "v")]), dict(zip("abc", range(3))), dict({1: 2}))
print({**e, "c": 3}, e == {"b": 2, "a": 1}, dict.fromkeys("ab", 0))
c = e.copy()
c["a"] = 99
print(e, c)
c.clear()
print(c, bool(c), bool(e))
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2)
