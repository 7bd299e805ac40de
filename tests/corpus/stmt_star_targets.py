for a, *b in [(1, 2, 3), (4, 5), (6,)]:
    print(a, b)
for *a, b in ["xyz", "pq"]:
    print(a, b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
records = [("ann", 30, "nyc", "dev"), ("bob", 25, "sf")]
for name, age, *other in records:
    print(name, age, other)
first, second, *_ = range(10)
print(first, second, _)
*_, last = "hello"
print(last)
head, *middle, tail = [1]  if False else [1, 2]
print(head, middle, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
[p, *q] = (9, 8, 7)
print(p, q)
x = [1, 2, 3]
y = [*x, *x[::-1]]
print(y, [*"ab", *range(2)], (*x,), {*x} == set(x))
def f(*args):
    return args
print(f(*x, 0, *y[:2]))
m = {"a": 1}
n = {**m, "b": 2, **{"a": 3}}
print(n)
z = *x, 4
print(z)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *rest in matrix:
    print(first, sum(rest))
