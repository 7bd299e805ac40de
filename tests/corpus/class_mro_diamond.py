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

print([c.__name__ for c in D.__mro__])
print(D().who())
print(B().who(), C().who())

class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print([c.__name__ for c in R.__mro__])

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([c.__name__ for c in Aa.__mro__])

class M1:
    x = "M1"
class M2:
    x = "M2"
    y = "M2y"
class M3(M1, M2):
    pass
print(M3.x, M3.y)

try:
    class Bad(A, B):
        pass
    print("no error")
except TypeError:
    print("TypeError: inconsistent MRO")

class Init1:
    def __init__(self):
        self.order = getattr(self, "order", []) + ["Init1"]
        super().__init__()
class Init2:
    def __init__(self):
        self.order = getattr(self, "order", []) + ["Init2"]
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        super().__init__()
print(Both().order)
print([c.__name__ for c in Both.__mro__])
