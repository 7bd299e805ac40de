print(int("42"), int("-17"), int("  12  "), int("+5"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o17", 0))
print(int("1010", 2), int("0b1010", 0), int("z", 36), int("10", 36), int("1_000_000"), int("12", 3))
print(int(3.9), int(-3.9), int(True), int(False), int(1e10))
for s in ["x", "1.5", "", " ", "12a", "0x10"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(bin(10), oct(10), hex(10), bin(-10), hex(-4096))
print(0x10, 0o10, 0b10, 1_000, 0xdead_beef)
print(str(123), repr(-45), str(0), "%d" % 7, "%5d|" % 42, "%-5d|" % 42, "%05d" % -42)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(int.from_bytes(bytes(range(1, 17)), "big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
n = 0xCAFEBABE
print(int.from_bytes(n.to_bytes(4, "big"), "big") == n)
print(type(int("5")).__name__, isinstance(5, int), isinstance(True, int), isinstance(5.0, int))
print(int("١٢٣") if False else "skip")
print(format(1234567, ","), format(1234567, "_"), format(-42, "+d"), format(42, "+d"), format(42, " d"))
print(format(42, "08b"), format(42, ">6"), format(42, "<6") + "|", format(42, "^7") + "|", format(42, "*^7"))
