TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    w = []
    cur = []
    for c in text.lower():
        if c.isalpha():
            cur.append(c)
        elif cur:
            w.append("".join(cur))
            cur = []
    if cur:
        w.append("".join(cur))
    return w

ws = words(TEXT)
print(len(ws), len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:10]:
    print("%-12s %3d %s" % (w, n, "*" * n))
by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
first_seen = {}
for i, w in enumerate(ws):
    first_seen.setdefault(w, i)
print(list(first_seen)[:12])
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
lines = TEXT.splitlines()
print([len(l.split()) for l in lines], max(lines, key=len)[:20])
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
