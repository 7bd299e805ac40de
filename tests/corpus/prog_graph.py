edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g"), ("e", "b")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, [])
print(graph)
def bfs(start):
    dist = {start: 0}
    q = [start]
    while q:
        u = q.pop(0)
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist
print(bfs("a"), bfs("f"))
def dfs(u, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(u)
    order.append(u)
    for v in graph[u]:
        if v not in seen:
            dfs(v, seen, order)
    return order
print(dfs("a"))
def has_cycle():
    color = {u: 0 for u in graph}
    def visit(u):
        color[u] = 1
        for v in graph[u]:
            if color[v] == 1 or (color[v] == 0 and visit(v)):
                return True
        color[u] = 2
        return False
    return any(color[u] == 0 and visit(u) for u in graph)
print(has_cycle())
def topo(g):
    indeg = {u: 0 for u in g}
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    ready = sorted(u for u in g if indeg[u] == 0)
    out = []
    while ready:
        u = ready.pop(0)
        out.append(u)
        for v in g[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return out
dag = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"], "shoes": [], "jacket": [], "watch": []}
print(topo(dag))
def components(g):
    und = {u: set() for u in g}
    for u in g:
        for v in g[u]:
            und[u].add(v); und[v].add(u)
    seen, comps = set(), []
    for u in sorted(und):
        if u in seen:
            continue
        comp, stack = [], [u]
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(und[x] - seen)
        comps.append(sorted(comp))
    return comps
print(components(graph))
