# %-formatting, str.format and f-strings with format specs.
name, n, price = "apple", 3, 1.5
print("%s costs %d x %.2f = %.2f" % (name, n, price, n * price))
print("%5s|%-5s|%05d|%x|%o|%c|%%" % ("ab", "cd", 42, 255, 8, 65))
print("%(a)s and %(b)s" % {"a": 1, "b": 2})
print("%s" % [1, 2], "%s" % (("tuple",),), "%r" % "q")
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{!r} {!s}".format("s", "s"), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
w = 8
print(f"{name!r:>{w}}|{n * 2}|{price:.3f}|{name.upper()}|{'q'}")
print(f"{n=}", f"{price=:.1f}", f"{{braces}}")
print(f"{3:>4}{4:>4}{5:>4}", f"{'x':-<5}", f"{-3:+}", f"{3:+}")
print(f"{1_000_000:_}", f"{1000000:,}", f"{0.5:%}", f"{12:#o}")
