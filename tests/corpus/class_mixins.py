class ReprMixin:
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, fields)

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))

class SerializeMixin:
    def to_dict(self):
        return dict(sorted(vars(self).items()))

class Point(ReprMixin, EqMixin, SerializeMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Person(ReprMixin, SerializeMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age

p = Point(1, 2)
print(p, Point(1, 2) == p, Point(2, 1) == p, p != Point(1, 2))
print(p.to_dict(), len({p, Point(1, 2), Point(0, 0)}))
print(Person("Ann", 30), Person("Ann", 30).to_dict())
print([c.__name__ for c in Point.__mro__])
class LoggingMixin:
    def log(self, msg):
        self.messages = getattr(self, "messages", [])
        self.messages.append("[%s] %s" % (type(self).__name__, msg))
class Service(LoggingMixin):
    def run(self):
        self.log("start")
        self.log("stop")
        return self.messages
print(Service().run())
class A:
    def hello(self):
        return "A"
class B:
    def hello(self):
        return "B"
class AB(A, B): pass
class BA(B, A): pass
print(AB().hello(), BA().hello())
