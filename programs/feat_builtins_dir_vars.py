# dir() and vars() of a program's own classes and instances, and of a function's locals.


class Animal:
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return '...'


class Dog(Animal):
    """A dog."""

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return 'Woof'

    def __eq__(self, other):
        return isinstance(other, Dog) and self.name == other.name


rex = Dog('Rex', 'collie')
print(dir(rex))
print([n for n in dir(rex) if not n.startswith('__')])
print(dir(Dog) == dir(Animal), 'breed' in dir(Dog), 'legs' in dir(Dog))
print(vars(rex))
print(Dog.__hash__, vars(Animal('Tom')))


def area(width, height=2, *rest, **options):
    result = width * height

    def describe():
        return 'area %d' % result

    print(dir())
    print(vars())
    return describe


print(area(3)())


class Namespace:
    first = 1
    print(sorted(vars().keys()))


top_level = dir()
print([n for n in top_level if not n.startswith('__')])
print(len([n for n in top_level if n.startswith('__')]))
try:
    vars(42)
except TypeError as e:
    print(e)
