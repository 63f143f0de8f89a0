# __str__, __repr__, __eq__, __len__, __lt__, __add__, __getitem__, __contains__, __bool__, __call__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __call__(self, scale):
        return self * scale


v, w = Vec(1, 2), Vec(3, 4)
print(v, repr(v), [v, w], str(v), f"{v} {v!r}")
print(v + w, v * 3, v == Vec(1, 2), v != w, v == 5, len(v), v[0], v[-1], 2 in v)
print(sorted([w, v]), bool(Vec(0, 0)), bool(v), v(10), list(v))


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), str(p).startswith("<__main__.Plain object at 0x"))
