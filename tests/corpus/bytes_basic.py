b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], type(b[0]).__name__, type(b[0:1]).__name__)
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("héllo", "utf-8"), bytes(b"copy"), bytes())
print(b"\x00\x01\x7f\x80\xff", b"tab\tnl\ncr\rbs\\", b"q'", b'dq"', b"'\"", repr(b"\x0b\x0c"))
print(b.decode(), b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print(b.hex(), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex(), b"".hex())
print(b.find(b"o"), b.find(b"o", 5), b.find(b"zz"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.index(b"w"))
print(b.replace(b"l", b"L"), b.replace(b"o", b"0", 1), b.split(), b.split(b"o"), b"a,b,,c".split(b","))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", b"yz"]), b.startswith(b"hell"), b.endswith(b"ld"), b.startswith(b"x"))
print(b.upper(), b"ABC".lower(), b"  pad ".strip(), b"xxaxx".strip(b"x"), b"a b".rsplit(b" ", 1))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat", 120 in b"cat", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"b" > b"abc", b"abc" != "abc", list(b"AZ"), tuple(b"\x01\x02"))
print(b"%d-%s" % (5, b"x") if hasattr(b"", "__mod__") else b"5-x")
print(b"abc".isdigit(), b"123".isdigit(), b"abc".isalpha(), b" ".isspace(), b"AbC".isupper())
print([x for x in b"hi"], sum(b"\x01\x02\x03"), max(b"azb"), sorted(b"cab"))
print(b"a\x00b".split(b"\x00"), b"line1\nline2".splitlines(), b"k=v".partition(b"="))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError: bytes immutable")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
print(isinstance(b"", bytes), type(b"").__name__, bytes is not bytearray)
print(b"ab".center(6, b"*"), b"7".zfill(3), b"ABC".hex(), b"x".ljust(3) + b"|")
