values = [0, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), bytearray(1), len, abs, object()]
for v in values:
    print(type(v).__name__)
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1.0, (int, float)))
print(issubclass(bool, int), issubclass(int, float), issubclass(float, object), issubclass(list, object))
class Base: pass
class Sub(Base): pass
s = Sub()
print(type(s).__name__, type(s) is Sub, type(s) is Base, isinstance(s, Base), type(s).__bases__[0].__name__)
print(type(Sub).__name__, isinstance(Sub, type), type(s).__mro__[-1].__name__)
T = type(s)
t2 = T()
print(type(t2).__name__, isinstance(t2, Sub))
print(int("5") + int(2.9), float("2") + 1, str(5) + "x", list("ab") + [1], tuple([1]) + (2,))
print(bool.__name__, int.__name__, str.__name__, type.__name__, object.__name__, Exception.__name__)
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError for isinstance(1, 1)")
print(type(1 + 1.0).__name__, type(1 + True).__name__, type(True + True).__name__, type(7 // 2).__name__, type(7 / 7).__name__)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(divmod(1, 2)).__name__, type(range(1)[0]).__name__)
