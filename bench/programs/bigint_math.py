# Arbitrary-precision integers: factorials, Fibonacci by fast doubling, digits of pi by a
# spigot, modular exponentiation, integer square roots, str/int conversion of big numbers.
# Numbers printed in decimal stay under CPython's 4300-digit str() limit (the sandbox's
# limit is the same and fixed).
import math
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * ((b << 1) - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return "".join(map(str, out))


def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def digit_sum(n):
    return sum(int(c) for c in str(n))


M = min(N, 1400)
f = 1
for i in range(2, M + 1):
    f *= i
text = str(f)
print("factorial digits", len(text), "digit sum", digit_sum(f), "trailing zeros", len(text) - len(text.rstrip("0")))
fib = fib_pair(N * 50)[0]
print("fib bits", fib.bit_length(), "mod 1e9+7", fib % 1000000007, "head", fib >> (fib.bit_length() - 40))
digits = pi_digits(N)
print("pi", digits[:30], digits[-10:])
p = (1 << 127) - 1
print("pow", pow(3, p - 1, p), pow(7, 10**6 + N, 10**40 + 123))
root = isqrt(2 * 10 ** (2 * M))
print("sqrt2", str(root)[:25], root == math.isqrt(2 * 10 ** (2 * M)))
big = int("9" * (3 * M)) // 7 - int("12345678901234567890" * (M // 20 + 1))
print("str/int", len(str(big)), big % 998244353, hex(big)[-12:], (-big) // 10**M % 1000, divmod(big, 10**30)[1] % 97)
print("gcd", math.gcd(f, fib), math.gcd(2**200 - 1, 2**150 - 1).bit_length())
