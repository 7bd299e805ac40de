class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return self.name + ": " + self.speak()

class Cat(Animal):
    def speak(self):
        return "meow"

class Lion(Cat):
    def speak(self):
        return "ROAR (" + super().speak() + ")"

class Fish(Animal):
    pass

for a in [Animal("generic"), Cat("tom"), Lion("leo"), Fish("nemo")]:
    print(a.describe())

print(isinstance(Lion("x"), Cat), isinstance(Lion("x"), Animal), isinstance(Cat("x"), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print(issubclass(Lion, (Fish, Cat)))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)

class Base:
    def __init__(self):
        self.log = ["Base"]
class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")
class GrandChild(Child):
    def __init__(self):
        super().__init__()
        self.log.append("GrandChild")
print(GrandChild().log)

class NoInit(Child):
    pass
print(NoInit().log)

class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area(), Square.sides, Shape.sides)
try:
    Shape().area()
except NotImplementedError:
    print("NotImplementedError")
print(type(Square(1)).__mro__[1].__name__)
print(issubclass(bool, int), issubclass(int, object), isinstance(Square, type))
