def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])

def grade(score):
    if score >= 90: return "A"
    if score >= 80: return "B"
    if score >= 70: return "C"
    return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])

for v in [0, 1, "", "a", [], [0], None, 0.0, -1, {}, {0: 0}, (), set()]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3 and x < 10 or x == 100:
    print("complex cond 1")
if not (x > 3 and x < 4):
    print("complex cond 2")
if x:
    pass
else:
    print("unreachable")
if 0: print("no")
elif 1: print("elif one-liner")
y = [1, 2]
if y and y[0] == 1 and len(y) > 1:
    print("short-circuit ok")
z = None
if z is not None and z.attr:
    print("never")
else:
    print("short-circuit prevented attribute error")
def nested(a, b):
    if a:
        if b:
            return "both"
        return "a only"
    elif b:
        return "b only"
    return "neither"
print([nested(a, b) for a in (0, 1) for b in (0, 1)])
