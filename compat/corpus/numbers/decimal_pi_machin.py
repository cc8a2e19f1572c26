# Compute pi to many digits with Machin's formula using Decimal and integer arithmetic
from decimal import Decimal, getcontext

def arctan_inv(x: int, digits: int) -> int:
    """arctan(1/x) scaled by 10**digits using integer arithmetic."""
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits: int) -> str:
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    s = str(pi // 10 ** 10)
    return s[0] + "." + s[1:digits + 1]

text = pi_digits(200)
print("pi to 200 digits:")
for i in range(0, len(text), 50):
    print("  " + text[i:i + 50])

getcontext().prec = 60
def decimal_pi() -> Decimal:
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s

dp = decimal_pi()
print("Decimal recipe pi:", dp)
print("agrees with Machin:", str(dp)[:55] == text[:55])
from collections import Counter
print("digit frequencies in first 200:", sorted(Counter(text.replace(".", "")).items()))
print("position of '999':", text.replace(".", "").find("999"))
