# Word counting over generated text: str.split, dict get/set, sorting.
import sys

N = {"small": 2000, "medium": 400000, "large": 2000000}[sys.argv[1] if len(sys.argv) > 1 else "medium"]

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def text(n):
    seed = 12345
    lines = []
    line = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[seed % len(WORDS)]
        if seed % 7 == 0:
            w = w.upper()
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count(t):
    counts = {}
    for line in t.split("\n"):
        for w in line.split():
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


c = count(text(N))
top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("wordcount", N, len(c), top)
