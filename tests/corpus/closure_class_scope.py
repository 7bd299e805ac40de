x = "global x"
class C:
    x = "class x"
    def method(self):
        return x
    lam = lambda self: x
    items = [x for _ in range(1)]
print(C().method(), C().lam(), C.items, C.x)
def outer():
    y = "outer y"
    class Inner:
        y = "class y"
        def get(self):
            return y
        z = y
    return Inner().get(), Inner.z, Inner.y
print(outer())
def counter_class():
    count = 0
    class K:
        def inc(self):
            nonlocal count
            count += 1
            return count
    k = K()
    k.inc(); k.inc()
    return count
print(counter_class())
class Attr:
    a = 1
    b = a + 1
    c = [a, b]
    def m(self):
        return self.a + self.b
print(Attr.b, Attr.c, Attr().m())
def make_class(base_val):
    class Made:
        val = base_val
        def get(self):
            return self.val * 2
    return Made
M1, M2 = make_class(1), make_class(10)
print(M1().get(), M2().get(), M1 is M2, M1.__name__)
