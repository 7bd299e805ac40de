def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"hello world")
b[0] = 72; print(b)
b[0:5] = b"HOWDY"; print(b)
b[::2] = b"......"; print(b)
del b[0]; print(b)
del b[::3]; print(b)
b[1:1] = [65, 66]; print(b)
b += b"!!"; print(b)
b *= 2; print(b)
b.append(0); b.extend(b"xy"); b.extend([1, 2]); b.insert(0, 90); b.insert(-1, 89); print(b)
print(b.pop(), b.pop(0), b); b.remove(ord("x")); print(b)
b.reverse(); print(b); c = b.copy(); b.clear(); print(b, c)
t(lambda: bytearray(b"ab").__setitem__(0, 256))
t(lambda: bytearray(b"ab").__setitem__(slice(0, 2, 2), b"xyz"))
t(lambda: bytearray(b"ab").remove(5))
t(lambda: bytearray(5))
t(lambda: bytearray("é", "utf-8"))
t(lambda: bytearray(b"abc").find(b"c"))
t(lambda: bytearray(b"a,b").split(b","))
t(lambda: bytearray(b"abc") * 2)
t(lambda: b"x" + bytearray(b"y"))
t(lambda: bytearray(b"x") + b"y")
x = bytearray(b"abc")
x[1:2] = b""
print(x, len(x), x == b"ac", list(x), [i for i in x])
m = memoryview(x)
print(m.tolist(), m.hex(), m.nbytes, bytes(m), m.tobytes(), m == b"ac", m[0], m[-1])
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, s.shout(), s + "x", s * 2, len(s), s[1], s == "hey", "he" in s, repr(s), s.split("e"), isinstance(s, str))
print("-".join([S("a"), S("b")]), "%s" % s, "{}".format(s), f"{s}", str(s), type(str(s)).__name__)
d = {"hey": 1}
print(d[s], hash(s) == hash("hey"))
parts = []
for i in range(2000):
    parts.append(str(i) * 3)
big = ",".join(parts)
print(len(big), big[:30], big.count(","), len(big.split(",")), big.rfind("1999"))
acc = ""
for i in range(3000):
    acc += chr(0x41 + i % 26) + "é"
print(len(acc), acc[-4:], acc.count("é"))
print(sorted(["b", "a", "C", "é"]), max("hello"), min(b"hello"))
print(str(3.5), str([1, "a"]), str({"a": b"x"}), repr(b"\x00'\""))
print("%s|%5.1f|%-6s|%03d" % ("x", 2.25, "ab", 7))
print("{:>10}|{:<10}|{:^10}|{:*^9}|".format("r", "l", "c", "s"))
print("{:.3}|{:10.4}|".format("abcdef", "xyzuvw"))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print(f"{3.14159:.2f} {'x'!r:>5} {42:#x} {1e6:g}")
print("tab\there".expandtabs(), "é".center(4, "·"), "ab".center(5, "-"), "abc".center(6, "-"))
it = iter("añb")
print(next(it), next(it), next(it))
