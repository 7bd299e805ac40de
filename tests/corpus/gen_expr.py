g = (x * x for x in range(6))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abcd", "abc"]))
print(list(x for x in "hello" if x != "l"))
print(tuple((i, j) for i in range(3) for j in range(i)))
print(sorted((c for c in "python"), reverse=True))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print("".join(chr(ord("a") + i) for i in range(5)))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
x = 10
g = (x + y for y in range(3))
x = 20
print(list(g))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(min((v, i) for i, v in enumerate(data)))
print(dict((k, k * k) for k in range(4)))
print(set(c.upper() for c in "aab") == {"A", "B"})
lines = ["a=1", "b=2", "c=3"]
pairs = (l.split("=") for l in lines)
print({k: int(v) for k, v in pairs})
def first(it):
    for v in it:
        return v
print(first(n for n in range(10, 100) if n % 7 == 0))
evens = (n for n in range(10) if n % 2 == 0)
squares = (n * n for n in evens)
print(list(squares))
