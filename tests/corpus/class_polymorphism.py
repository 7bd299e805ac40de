class Shape:
    name = "shape"
    def area(self):
        return 0
    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())
    def __lt__(self, other):
        return self.area() < other.area()

class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Triangle(Shape):
    name = "triangle"
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2

shapes = [Rect(2, 3), Square(2), Circle(1), Triangle(4, 5), Shape()]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes).name)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
print([type(s).__name__ for s in shapes if not isinstance(s, Rect)])
def total_area(items):
    return round(sum(i.area() for i in items), 3)
print(total_area(shapes))
class Duck:
    def area(self):
        return 100
print(total_area([Duck(), Square(1)]))
print(Shape.describe(Square(3)))
print([isinstance(s, Shape) for s in shapes], issubclass(Square, Rect))
