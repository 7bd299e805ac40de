print("%s" % "str", "%s" % 42, "%s" % 1.5, "%s" % None, "%s" % [1], "%s" % ((1, 2),))
print("%d %i %d" % (3, -4, 5.9), "%5d|%-5d|%05d|%+d" % (1, 2, 3, 4))
print("%f|%.1f|%8.2f|%-8.2f|%08.2f" % (1.5, 2.25, 3.125, -4.5, 5.75))
print("%x|%X|%#x|%o|%#o|%5x|%-5X|" % (254, 254, 254, 8, 8, 255, 255))
print("%e|%.2E|%g|%G|%.2g" % (12345.6789, 0.00012, 1e-10, 1e20, 123.456))
print("%c%c%c" % (72, "i", 33), "%r" % "repr", "%r" % 1.0, "%a" % "ü" if True else "")
print("%%d %d%%" % 50, "%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%(a)s-%(b)03d-%(a)s" % {"a": "x", "b": 7})
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 3, 3.14159))
print("%s and %s" % ("a", "b"), "%s" % "single", "no args %%" % ())
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print("%5s|%-5s|%5s" % ("ab", "cd", "toolong"))
print("%d items" % 3, "total: %.2f EUR" % 19.999, "%3d%%" % 7)
