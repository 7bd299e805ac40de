pairs = [("a", "b"), ("a", "A"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"), ("10", "9"), ("é", "e"), ("straße", "strasse")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a == b, a > b, a <= b, max(a, b), min(a, b))
names = ["bob", "Alice", "alice", "Bob", "carol", "Dave", "éclair", "zed"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len))
versions = ["1.10.0", "1.2.0", "1.2.10", "1.2.9", "0.9"]
print(sorted(versions), sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
print("apple" < "apple pie", "a" * 3 == "aaa", "abc" != "ABC", "abc".upper() == "ABC")
print(sorted("The Quick Brown Fox".split(), key=str.casefold if hasattr(str, "casefold") else str.lower))
files = ["file10.txt", "file2.txt", "file1.txt", "File3.txt"]
def natural(s):
    out, num = [], ""
    for c in s.lower():
        if c.isdigit():
            num += c
        else:
            if num:
                out.append(int(num)); num = ""
            out.append(c)
    if num:
        out.append(int(num))
    return [(0, x) if isinstance(x, int) else (1, x) for x in out]
print(sorted(files), sorted(files, key=natural))
