s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[-5:-1])
print(s[::2], s[::-1], s[1:10:3], s[10:1:-2], s[100:], s[-100:3], s[5:2])
u = "héllo wörld ✓ 日本語"
print(len(u), u[1], u[-1], u[-3:], u[::-1], u[6:11])
print(u.upper(), u.title())
print([c for c in "añb"], list("日本"))
print("a" + "b" * 3 + "c", "-" * 10, 3 * "xy", "" * 5, "ab" * 0, "ab" * -1)
print("ell" in s, "xyz" in s, "" in s, "ö" in u, "H" not in s)
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "" < "a", "abc" == "abc", "a" != "A")
print(ord("A"), ord("z"), ord("é"), ord("✓"), ord("日"), chr(65), chr(233), chr(0x1F600) == "\U0001F600", chr(10) == "\n")
print(max("hello"), min("hello"), sorted("banana"), sorted("Banana"))
print(str(42), str(-1.5), str([1, "a"]), str(None), str(True), str("x"))
print("tab\there", "new\\nline", 'quote\'s', "uni\u00e9", "\x41\x42", "\101")
print(repr("a\nb"), repr("é"), repr("\x00\x7f"), repr("\u200b"), repr("日本"))
print(r"raw\n\t", len(r"\n"), "\u00e9" if False else "skip")
print("multi"
      "part" 'concat')
t = """triple
quoted"""
print(t, len(t))
print("a,b".split(","), type(s).__name__, isinstance(s, str))
for ch in "ab✓":
    print(ch, ord(ch))
try:
    s[50]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print(str(b"bytes", "ascii"), str(b"caf\xc3\xa9", "utf-8"))
print(hash("abc") == hash("ab" + "c"))
