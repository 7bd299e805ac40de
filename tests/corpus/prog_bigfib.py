def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f1000 = fib(1000)
print(f1000)
print(len(str(f1000)), f1000 % 1000000007, f1000.bit_length())
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(fact(500))), str(fact(500)).rstrip("0")[-10:], len(str(fact(500))) - len(str(fact(500)).rstrip("0")))
def fast_fib(n):
    def rec(n):
        if n == 0:
            return 0, 1
        a, b = rec(n >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if n & 1 else (c, d)
    return rec(n)[0]
print(fast_fib(1000) == f1000, fast_fib(5000) % 10 ** 20)
def catalan(n):
    return fact(2 * n) // (fact(n + 1) * fact(n))
print([catalan(i) for i in range(15)], catalan(100))
def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(binom(100, 50), binom(60, 30) == fact(60) // (fact(30) ** 2))
pi_digits = []
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
while len(pi_digits) < 60:
    if 4 * q + r - t < n * t:
        pi_digits.append(n)
        q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
    else:
        q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print("".join(map(str, pi_digits)))
