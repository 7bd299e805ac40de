s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"), s.find("o", 20, 30))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.replace("the", "a"), s.replace("o", "0", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print(s.split(), s.split(" ", 3), s.rsplit(" ", 2), "a,b,,c".split(","), "  lead  trail  ".split())
print("a-b-c".rsplit("-", 1), "".split(), "".split(","), "x".split("x"), "1  2".split(" "))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "keep\nends\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(4)), "x".join("yz"))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError joining ints")
print("  pad  ".strip() + "|", "  pad  ".lstrip() + "|", "  pad  ".rstrip() + "|", "xxhixx".strip("x"), "abcba".strip("ab"))
print("\t\n ws \n".strip(), "..a..".lstrip("."), "..a..".rstrip("."))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")), s.startswith(("a", "t")))
print("Hello".upper(), "Hello".lower(), "hello world".capitalize(), "hELLO wORLD".title(), "Hello".swapcase())
print("it's a dog's life".title(), "ÉCOLE".lower(), "straße".upper(), "mIxEd CaSe".capitalize())
print("abc".center(9), "|" + "abc".center(8, "*") + "|", "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "abcdef".center(3))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
