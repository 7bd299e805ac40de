print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}-{n}".format(name="k", n=3))
print("{0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 3))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:*>8}|{:-<8}|{:.^9}|".format(1, 2, 3))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}|{:,}|{:_}".format(42, 42, 42, 42, 42, 1234567, 1234567))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:08b}".format(255, 255, 8, 5, 255, 8, 5, 5))
print("{:.3f} {:10.2f}| {:<10.1f}| {:e} {:.2e} {:g} {:%}".format(3.14159, 2.5, 2.25, 1234.5, 0.000123, 1e-10, 0.125))
print("{:.3} {:.2s} {:10.3}|".format("abcdef", "xyz", "hello"))
print("{!r} {!s} {!r}".format("s", "s", 1.5))
print("{{literal}} {}".format("braces"), "{:{w}}|".format("dyn", w=6), "{:>{w}.{p}f}".format(3.14159, w=8, p=2))
x = 42
name = "Ada"
pi = 3.14159265
print(f"{x} {x:>10} {x:08.3f} {x:,} {x!r} {name!r} {x=} {name=}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {-pi:+.3f}")
print(f"{1234567.891:,.2f} {1234567:_d} {0.5:.0%} {255:#06x} {'s':>3}")
print(f"{x + 1} {x * 2 = } {[i for i in range(3)]} {'nested ' + name} {name.upper():^9}|")
print(f"{'a' if x > 0 else 'b'} {x // 5} {len(name)} {{x}} {f'{x}'}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|{name:{'>'}{w}}|")
d = {"k": "val"}
print(f"{d['k']} {d!r} {(1, 2)} {None} {True:d}" if False else f"{d['k']} {d!r} {(1, 2)} {None}")
print(format(3.0), format("s", "^5"), format(10, "x"), format(-7, "05d"), format(7, "=+5"))
print("{:<6}{:>6}".format("ab", "cd"), "{0:{1}}".format(5, 3) + "|")
for row in [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]:
    print("{:<12}{:>4}{:>8.2f}".format(*row))
print("{:c}".format(9731), "{:c}".format(65))
print(f"{-0.0} {1e16} {1.5e-7} {float('inf'):>6} {float('nan')}")
