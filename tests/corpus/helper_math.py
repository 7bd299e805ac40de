# Helper module for import_*.py programs (no .exp: not run on its own).
PI_APPROX = 355 / 113
calls = 0

def square(x):
    global calls
    calls += 1
    return x * x

def cube(x):
    return x * square(x)

class Shape:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return "shape " + self.name

_private = "hidden"

if __name__ == "__main__":
    print("helper_math run as main")
else:
    loaded_as = __name__
