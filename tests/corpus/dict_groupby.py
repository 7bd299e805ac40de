students = [("ann", "math", 90), ("bob", "math", 72), ("cy", "art", 85), ("di", "art", 95), ("ed", "cs", 60), ("fay", "math", 88)]
by_subject = {}
for name, subj, score in students:
    by_subject.setdefault(subj, []).append((name, score))
print(by_subject)
for subj, entries in sorted(by_subject.items()):
    scores = [s for _, s in entries]
    best = max(entries, key=lambda e: e[1])
    print(subj, len(entries), sum(scores) / len(scores), best[0])
letter = {}
for name, _, score in students:
    g = "A" if score >= 90 else "B" if score >= 80 else "C"
    letter[g] = letter.get(g, []) + [name]
print(dict(sorted(letter.items())))
words = "apple avocado banana blueberry cherry cranberry date".split()
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first, {k: len(v) for k, v in by_first.items()})
counts = {}
for ch in "hello world":
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
index = {}
text = "a rose is a rose is a rose"
for pos, word in enumerate(text.split()):
    index.setdefault(word, []).append(pos)
print(index)
pivot = {}
for name, subj, score in students:
    pivot.setdefault(name, {})[subj] = score
print(pivot)
