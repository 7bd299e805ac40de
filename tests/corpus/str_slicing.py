s = "0123456789"
for a in (None, 0, 3, -3, 20, -20):
    for b in (None, 5, -2):
        print(repr(a), repr(b), s[a:b], s[a:b:-1], s[a:b:2])
u = "añb€c😀d"
print(len(u), u[::-1], u[1::2], u[-2:], u[3], u[5], [u[i] for i in range(len(u))])
print(s[::-1][::-1] == s, s[2:2], s[5:3], s[-1:-5:-1], s[:-1:3])
