results = []
for v in ["1", "2", "x", "4", None, "6"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)

def first_valid(items):
    for item in items:
        try:
            return 100 // item
        except ZeroDivisionError:
            continue
        except TypeError:
            return "type error"
    return "none valid"
print(first_valid([0, 0, 5]), first_valid([0, "a"]), first_valid([0, 0]))

i = 0
while True:
    try:
        i += 1
        if i == 5:
            raise StopIteration
    except StopIteration:
        print("stopped at", i)
        break

def collect_errors(fns):
    errs = []
    for fn in fns:
        try:
            fn()
        except Exception as e:
            errs.append((type(e).__name__, str(e)))
    return errs
print(collect_errors([lambda: 1 / 0, lambda: [][0], lambda: {}["k"], lambda: int("z"), lambda: None.x, lambda: 1]))

total = 0
for a in range(4):
    for b in range(4):
        try:
            total += a // b
        except ZeroDivisionError:
            total += 100
print(total)
try:
    for x in range(3):
        try:
            raise ValueError(x)
        finally:
            if x == 1:
                break
except ValueError as e:
    print("escaped", e)
print("x is", x)
