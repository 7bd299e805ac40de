def huffman(text):
    freq = {}
    for c in text:
        freq[c] = freq.get(c, 0) + 1
    nodes = [(n, i, c) for i, (c, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    tree = {}
    while len(nodes) > 1:
        nodes.sort()
        a = nodes.pop(0)
        b = nodes.pop(0)
        key = ("node", counter)
        tree[key] = (a[2], b[2])
        nodes.append((a[0] + b[0], counter, key))
        counter += 1
    root = nodes[0][2]
    codes = {}
    def walk(n, prefix):
        if n in tree:
            walk(tree[n][0], prefix + "0")
            walk(tree[n][1], prefix + "1")
        else:
            codes[n] = prefix or "0"
    walk(root, "")
    return freq, codes

text = "this is an example of a huffman tree"
freq, codes = huffman(text)
for c in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(c), freq[c], codes[c])
encoded = "".join(codes[c] for c in text)
print(len(encoded), len(text) * 8, encoded[:40])
decode = {v: k for k, v in codes.items()}
out, cur = [], ""
for bit in encoded:
    cur += bit
    if cur in decode:
        out.append(decode[cur])
        cur = ""
print("".join(out) == text)
print(huffman("aaaa")[1], sorted(huffman("ab")[1].items()))
