def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)

n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("broke at", n)

for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()

for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("for else after continue")

out = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        out.append((i, j))
print(out)

k = 10
while k > 0:
    k -= 3
    if k == 4:
        continue
    print("k", k)
else:
    print("k done", k)

for x in []:
    print("never")
else:
    print("empty for else")
count = 0
for a in range(5):
    for b in range(5):
        if (a + b) % 4 == 3:
            continue
        count += 1
print(count)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
