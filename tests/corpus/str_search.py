s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 4, 6), s.find("bra", -4), s.rfind("a"), s.rfind("a", 0, 5), s.rfind("z"))
print(s.index("c"), s.rindex("bra"), s.count("a"), s.count("a", 2), s.count("abra"), s.count("a", 3, 8))
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith("bra", 1, 3), s.endswith("bra"), s.endswith("cad", 0, 7))
print(s.replace("a", ""), s.replace("abra", "X"), s.replace("a", "A", 3), s.replace("zz", "y"))
print(s.partition("c"), s.partition("zz"), s.rpartition("a"), s.split("a"), s.split("a", 2))
positions = []
i = s.find("a")
while i != -1:
    positions.append(i)
    i = s.find("a", i + 1)
print(positions)
def find_all(hay, needle):
    return [i for i in range(len(hay) - len(needle) + 1) if hay[i:i + len(needle)] == needle]
print(find_all(s, "abra"), find_all("aaaa", "aa"), find_all("", "a"))
for needle in ["", "a", "abracadabra", "abracadabrax", "cad"]:
    print(repr(needle), needle in s, s.find(needle))
try:
    s.index("q")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError:
    print("ValueError rindex")
print("Hello".lower().find("l"), "x".find("x", 5), "abc".find("c", -1))
