# print with Chinese text, objects without __str__, classes and functions.
class Box:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return f"Box[{self.v}]"


class Bare:
    pass


print("吃饭", "睡觉", sep="，", end="。\n")
print(Box(1), [Box(2)], str(Box(3)))
print(Bare)
print(Box)
print(len)
print(print)
print(type(Bare()))
print(int, str, type)
print(None, ..., NotImplemented)
print("%-6s|%6s|" % ("中文", "ab"))
print(1, end="")
print(2, end="\n\n")
print("after a blank line")
