db = {}
def add(user, key, value):
    db.setdefault(user, {}).setdefault(key, []).append(value)
add("ann", "tags", "a"); add("ann", "tags", "b"); add("bob", "tags", "x"); add("ann", "langs", "py")
print(db)
print(db["ann"]["tags"], len(db["ann"]), sorted(db))
def deep_get(d, path, default=None):
    for k in path:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d
cfg = {"server": {"host": "localhost", "ports": {"http": 80, "https": 443}}, "debug": False}
print(deep_get(cfg, ["server", "ports", "https"]), deep_get(cfg, ["server", "x"], "none"), deep_get(cfg, ["debug"]))
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + "." + k if prefix else k
        if isinstance(v, dict):
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
print(flatten(cfg))
def merge(a, b):
    r = dict(a)
    for k, v in b.items():
        if k in r and isinstance(r[k], dict) and isinstance(v, dict):
            r[k] = merge(r[k], v)
        else:
            r[k] = v
    return r
print(merge(cfg, {"server": {"ports": {"http": 8080}, "tls": True}, "debug": True}))
print(cfg["server"]["ports"])
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], sum(grid.values()), sorted(k for k, v in grid.items() if v == 2))
counts = {}
for word in "to be or not to be that is the question".split():
    counts[len(word)] = counts.get(len(word), {})
    counts[len(word)][word] = counts[len(word)].get(word, 0) + 1
print(counts)
matrix = {"a": {"a": 0, "b": 1}, "b": {"a": 1, "b": 0}}
print({r: sum(row.values()) for r, row in matrix.items()})
