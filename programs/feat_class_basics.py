# Simple classes: __init__, methods, class attributes vs instance attributes.
class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1

    def bark(self, times=1):
        return " ".join([f"{self.name}: woof"] * times)

    def birthday(self):
        self.age += 1
        return self


a = Dog("Rex")
b = Dog("Fido", 5)
print(a.name, a.age, b.name, b.age, Dog.count, a.count)
print(a.bark(), b.bark(2))
print(a.birthday().birthday().age)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
print(type(a).__name__, type(a) is Dog, Dog.__name__, hasattr(a, "name"), hasattr(a, "tail"))
print(getattr(b, "age"), getattr(b, "tail", "none"))
setattr(b, "tail", "long")
print(b.tail, Dog.bark(b))
m = a.bark
print(m(3))
print(isinstance(a, Dog), isinstance(3, Dog))
