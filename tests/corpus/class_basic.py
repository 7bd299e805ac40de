class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1

    def bark(self):
        return self.name + " says woof"

    def birthday(self):
        self.age += 1
        return self

d = Dog("Rex")
e = Dog("Fido", 5)
print(d.bark(), e.bark())
print(d.age, e.age)
print(d.birthday().birthday().age)
print(Dog.count, d.count)
print(d.species, Dog.species)
d.species = "wolf"
print(d.species, e.species, Dog.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog))
print(hasattr(d, "name"), hasattr(d, "color"))
print(getattr(d, "color", "brown"))
setattr(d, "color", "black")
print(d.color)
delattr(d, "color")
print(hasattr(d, "color"))
m = d.bark
print(m())
print(Dog.bark(e))
print(sorted(vars(e).items()))
print(Dog.__name__)

class Empty:
    pass
x = Empty()
x.a = 1
x.b = [1, 2]
print(x.a, x.b, type(x).__name__)
try:
    x.zzz
except AttributeError as err:
    print("AttributeError:", err)

class WithClassVarList:
    shared = []
    def add(self, v):
        self.shared.append(v)
p, q = WithClassVarList(), WithClassVarList()
p.add(1); q.add(2)
print(WithClassVarList.shared)
print(Dog.__dict__['species'] if hasattr(Dog, '__dict__') else 'canis')
