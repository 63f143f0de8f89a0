# Escapes and non-ASCII (Chinese) text.
print("tab:\tend")
print("newline:\nsecond line")
print("backslash: \\ quote: \' \"")
print("unicode: \u4f60\u597d \N{GREEK SMALL LETTER ALPHA} \x41")
s = "协程是一种用户态的轻量级线程"
print(s)
print(len(s), s[0], s[-2:], s[2:4], s[::-1][:3])
print("线程" in s, s.find("轻量"), s.count("程"), s.replace("协程", "coroutine"))
print(repr("中文"), ["中文", "ok"], ascii("中文"))
print(ord("中"), chr(20013), hex(ord("协")))
print("中文".encode("utf-8"), len("中文".encode("utf-8")))
print(r"raw \n string", len(r"\n"))
print("a" "b" "c", """triple
quoted""")
print("%s吃饭了" % "小明", f"{'张三':>4}|", "{:^6}|".format("李四"))
print("中" < "文", sorted(["乙", "甲", "丙"]))
