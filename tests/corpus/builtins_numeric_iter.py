print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-10**30), abs(-(2**62)), abs(-(2**63)))
class A:
    def __abs__(self): return 42
print(abs(A()))
try: abs("a")
except TypeError as e: print(e)
print(all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]), all([]), any([]))
print(bin(5), bin(-5), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), hex(-(2**70)), bin(True))
class I:
    def __index__(self): return 10
print(hex(I()), bin(I()), oct(I()))
for bad in [1.5, "a"]:
    try: hex(bad)
    except TypeError as e: print(e)
print(chr(65), chr(0x263a), chr(0x1F600), ord("A"), ord("\u263a"), ord(b"a"), ord(bytearray(b"z")))
for f, a in [(chr, -1), (chr, 0x110000), (ord, "ab"), (ord, b"ab"), (ord, 1), (ord, "")]:
    try: f(a)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(10**20, 7), divmod(-10**20, 7), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(True, 2))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), ("a", 1)]:
    try: divmod(a, b)
    except (TypeError, ZeroDivisionError) as e: print(type(e).__name__, e)
class D:
    def __divmod__(self, o): return ("d", o)
    def __rdivmod__(self, o): return ("r", o)
print(divmod(D(), 3), divmod(3, D()))
print(list(enumerate([5, 6])), list(enumerate([5, 6], 10)), list(enumerate([5], start=-1)), list(enumerate([1], 2**64)))
print(list(filter(None, [0, 1, 2, 0, None, 3])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(map(abs, [-1, -2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(zip([1, 2, 3], [4, 5])), list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], strict=True)))
for a in [([1], [1, 2]), ([1, 2], [1]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2])]:
    try: list(zip(*a, strict=True))
    except ValueError as e: print(e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(4))))
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(S())))
class R:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(R())))
try: reversed(5)
except TypeError as e: print(e)
try: reversed({1})
except TypeError as e: print(e)
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted([-3, 1, 2], key=abs), sorted((5, 4)), sorted([]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([1.5, 2]), sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3]), sum([], 5), sum([True, True]), sum([0.1] * 10), sum([[1], [2]], []), sum([1, 2], start=3))
try: sum(["a"], "")
except TypeError as e: print(e)
try: sum([b"a"], b"")
except TypeError as e: print(e)
try: sum(["a", "b"])
except TypeError as e: print(e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max([4, 2, 8]), min([], default=7), max([1, 3], key=lambda x: -x), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min([(1, 'a'), (1, 'b')], key=lambda t: t[0]), max(1, 2.5), min(2, 2.0), max([2.0, 2]))
for args in [(), ([],), (1,)]:
    try: max(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: min(1, 2, default=3)
except TypeError as e: print(e)
try: min([], key=None)
except ValueError as e: print(e)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(2, 3, 5), pow(3, 200, 10**9 + 7), pow(2, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(base=2, exp=5), pow(2, 100, mod=None))
for a in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (0, -1)]:
    try: pow(*a)
    except (TypeError, ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(1.5, None), round(0.5), round(-0.5), round(1e20), round(123.456, -1), round(True), round(15, -1), round(25, -1), round(10**30 + 5 * 10**9, -10))
class Rd:
    def __round__(self, n=None): return ("round", n)
print(round(Rd()), round(Rd(), 3))
for a in [("a",), (float("inf"),), (float("nan"),), (1.5, "a")]:
    try: round(*a)
    except (TypeError, ValueError, OverflowError) as e: print(type(e).__name__, e)
print(format(3.14159, ".2f"), format(42), format(42, "08b"), format("x", ">3"), repr(format(1.5)))
print(ascii("é"), ascii([1, "ü", "\U0001F600"]), ascii("abc"))
class V:
    def __init__(self): self.x = 1; self.y = 2
print(vars(V()))
try: vars(1)
except TypeError as e: print(e)
print("x" in dir(V()), "__init__" in dir(V), "append" in dir([]), dir(V()) == sorted(dir(V())))
import math
print("sqrt" in dir(math))
x = 5
print("x" in dir(), locals()["x"])
