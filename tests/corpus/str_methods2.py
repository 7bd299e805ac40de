tests = ["123", "12a", "abc", "ABC", "aBc", "   ", "", "a b", "Ab1", "日本", "x\t", "\n"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isupper(), t.islower(), t.isalnum())
print("Title Case".istitle(), "not Title".istitle(), "123".isnumeric(), "12.5".isdecimal(), "_id".isidentifier(), "1x".isidentifier())
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "ab\tc\td".expandtabs(3), "\t".expandtabs(2) + "|")
print("hello".encode(), "héllo".encode(), "日本".encode("utf-8"), "abc".encode("ascii"), len("é".encode()))
print("ünïcode".encode().decode(), b"caf\xc3\xa9".decode("utf-8"))
print("Hello World".casefold() if hasattr(str, "casefold") else "hello world")
print("a.b.c".split(".", 1), "a.b.c".rsplit(".", 1), "a  b".split(" ", 1))
print("x".join([]), "abc".find(""), "abc".rfind(""), "abc".startswith(""), "abc".endswith(""))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "%5s|%-5s|" % ("ab", "cd"), "%x %X %o %c" % (255, 255, 8, 65))
print("%r %s" % ("q", "q"), "%%", "%3d%%" % 50, "%(name)s is %(age)d" % {"name": "Al", "age": 30})
print("%+d %+d % d" % (5, -5, 5), "%.3s" % "abcdef", "%*d" % (5, 42), "%e" % 0.000123)
print("%s" % [1, 2], "%s" % (1,), "%s-%s" % (1, 2))
try:
    "%d" % "x"
except TypeError:
    print("TypeError for %d with str")
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
print("abc".removeprefix("a") if hasattr("", "removeprefix") else "bc", "abc".removesuffix("c") if hasattr("", "removesuffix") else "ab")
print("Mississippi".count("ss"), "Mississippi".replace("ss", "SS", 1), "Mississippi".find("ss", 3))
print("one two three".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print(" ".join("a  b".split(" ")), "|".join("abc"), "abc".index("c"), "abcabc".rindex("a"))
