# Inheritance, method overriding, super(), isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"


class Cat(Animal):
    def speak(self):
        return "meow"


class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride

    def speak(self):
        return super().speak().upper() + "!"


for a in [Animal("thing"), Cat("Tom"), Lion("Leo", "north")]:
    print(a.describe())
leo = Lion("Leo", 3)
print(leo.pride, isinstance(leo, Cat), isinstance(leo, Animal), isinstance(Cat("x"), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, object))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, type(leo).__name__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
