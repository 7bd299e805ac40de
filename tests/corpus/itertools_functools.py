# itertools and functools (frozen Python modules): every function, including the lazy and
# eager edges, errors, lru_cache statistics and total_ordering.
import functools as ft
import itertools as it

print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(7, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")], [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice("abc", 0, 0)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), [list(x) for x in it.tee([1, 2, 3], 3)], it.tee([], 0))
a, b = it.tee(iter(range(4)))
print(next(a), next(a), list(b), list(a))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.zip_longest()), list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.product("ab", [0, 1])), list(it.product([1, 2], repeat=2)), list(it.product()))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([1], 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations([1, 2], 3)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.combinations_with_replacement([], 1)))
print(len(list(it.permutations(range(5)))), len(list(it.combinations(range(10), 4))), len(list(it.product(range(3), repeat=4))))
for bad in (lambda: it.islice([], -1), lambda: it.islice([], 0, 1, 0), lambda: list(it.combinations([], -1))):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
p = ft.partial(int, base=2)
print(p("101"), ft.partial(pow, 2)(5), ft.partial(ft.partial(max, 1), 5)(3), p.args, p.keywords)
print(ft.reduce(lambda x, y: x + y, [1, 2, 3]), ft.reduce(lambda x, y: x * y, [], 1), ft.reduce(max, "bca"))
try:
    ft.reduce(max, [])
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))


def deco(f):
    @ft.wraps(f)
    def inner(*a):
        return f(*a) + 1
    return inner


@deco
def named(x):
    "doc"
    return x


print(named(1), named.__name__, named.__doc__)


@ft.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), tuple(fib.cache_info())[:2])


@ft.lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(tuple(sq.cache_info()))


@ft.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(2) >= V(2), V(3) > V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
