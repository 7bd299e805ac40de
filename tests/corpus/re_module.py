# re (a frozen Python module) against CPython: classes, anchors, greedy and lazy repetition,
# alternation with backtracking into groups, named groups and backreferences, flags, every
# function, templates, empty matches in sub/split/finditer, and pattern errors.
import re
cases = [
    (r"a+b", "xaaab"), (r"^\d{2,3}-\w+$", "123-abc"), (r"(\w+)@(\w+)\.com", "me: joe@site.com!"),
    (r"colou?r", "the color red"), (r"[A-Z][a-z]*", "hello World"), (r"[^aeiou\s]+", "queue of bees"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"x*", "xxy"), (r".*?b", "aaabab"), (r"(?:ab)+", "ababx"),
    (r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2024-12-05"), (r"\bfoo\b", "a foo bar"), (r"\Bo\B", "foo"),
    (r"(\d)(\d)?", "5"), (r"a{2}", "aaa"), (r"a{,2}b", "aaab"), (r"[\d.]+", "v1.25!"), (r"[a\-z]+", "a-z-b"),
    (r"(a*)*b", "aab"), (r"(a+|b+)*c", "abbac"), (r"\$\d+\.\d\d", "cost $12.50"), (r"(\w)\1", "hello"),
    (r"(?P<c>\w)(?P=c)", "abbc"), (r"^$", ""), (r"a.c", "a\nc"), (r"[]]", "x]"), (r"\x41\t", "A\t"),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(pat, m and (m.group(), m.groups(), m.span()))
print(re.match(r"\d+", "42abc").group(), re.match(r"\d+", "abc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\w+)@", "x@ y@"), re.findall("", "ab"))
print([m.span() for m in re.finditer(r"a*", "baac")], re.sub(r"x*", "-", "abxd"), re.subn(r"\s+", " ", "a  b\t\nc"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"(?P<w>\d)", r"<\g<w>>", "a1b2"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b7"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s+", "a b  c", maxsplit=1), re.split(r"x*", "axbc"))
print(re.search("HELLO", "say hello", re.I).group(), re.findall(r"^\w", "ab\ncd", re.M), re.search(r"a.b", "a\nb", re.S).group(), re.findall(r"\w$", "ab\ncd", re.M))
m = re.search(r"(?P<k>\w+)=(?P<v>\w*)", "key=val")
print(m["k"], m.group("v"), m.groupdict(), m.start("v"), m.end(1), m.lastindex, m.group(0, 1), m.expand(r"\2:\1"))
p = re.compile(r"(\d+)")
print(p.pattern, p.groups, p.search("ab 12 cd").group(1), p.match("12", 0).span(), p.search("a1b2", 2).group(), p.findall("1 2 3", 2))
print(re.escape("a.b*c (d) x-y"), re.compile("a") is re.compile("a"), re.search(r"\s", "a b") is not None)
print(re.sub("a", "b", "aaa", count=2), re.findall(r"[a-c]+", "ABCabc", re.I), re.search(r"(a)|(b)", "b").groups())
for bad in ("(ab", "ab)", "*a", "a**", "[ab", r"\q", "a{3,1}", r"(?P<1>a)"):
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("error", bad, e)
print(re.search(r"(ab)*", "ababab").group(1), re.match(r"(a|b)*?c", "abac").group(), len(re.findall(r"\w+", "word " * 200)))
