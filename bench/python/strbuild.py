# String building: formatting, concatenation, join and slicing.
import sys

N = {"small": 5000, "medium": 200000, "large": 1000000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]


def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d=%s;" % (i, str(i * 7)[-3:]))
    s = "".join(parts)
    acc = ""
    for i in range(0, n // 10):
        acc += str(i % 10)
    t = f"{len(s)}:{s[:20]}:{s[-20:]}"
    return len(s), len(acc), t, s.count("=7")


print("strbuild", N, build(N))
