name = "World"
n = 42
items = ["a", "b"]
d = {"key": "value", "n": 3}
print(f"Hello, {name}!", f"{name.lower()}", f"{name[::-1]}", f"{len(name)}")
print(f"{items[0]}{items[-1]}", f"{d['key']}", f"{d['n'] * 2}", f'{d["key"]}')
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:e}")
print(f"{3.14159:.2f} {3.14159:8.3f}| {0.000123:.2e} {1234567.5:,.1f} {0.756:.1%}")
w = 10
p = 2
print(f"{3.14159:{w}.{p}f}|", f"{'x':{'>'}{w}}|", f"{name:^{w}}|")
print(f"{n!r} {name!r} {name!s} {'é'!a}")
print(f"{n=}", f"{n + 1=}", f"{name=!s}", f"{3.5=:.2f}")
print(f"{{}}", f"{{{n}}}", f"a{{b}}c")
print(f"{'nested' + f'{n}'}", f"{[f'{i}' for i in range(3)]}")
print(f"{n if n > 40 else 0}", f"{(lambda x: x * 2)(n)}", f"{','.join(items)}")
multi = (f"part1 {n} "
         f"part2 {name}")
print(multi)
print(f"{1e20:.0f}", f"{-0.5:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|")
for i, v in enumerate([1.5, 22.25, 333.125]):
    print(f"{i:>2}: {v:>10.3f} {v:<10.1f}|")
print(f"{True} {None} {[1, 2]} {(1,)} {{'a': 1}}")
