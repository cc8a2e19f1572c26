# Digits of pi with Gibbons' unbounded spigot (big ints), plus e via series and sqrt(2) via Newton
from fractions import Fraction
from decimal import Decimal, getcontext

def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2

gen = pi_digits()
digits = [next(gen) for _ in range(300)]
s = "".join(map(str, digits))
print("pi =", s[0] + "." + s[1:61])
print("digits 61..120:", s[61:121])
counts = {d: s.count(str(d)) for d in range(10)}
print("digit counts in first 300:", counts)
print("position of '999999':", s.find("999999"))

def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10**10)

e = e_digits(80)
print("e  =", e[0] + "." + e[1:])

def sqrt2(n):
    x = Fraction(3, 2)
    for _ in range(7):
        x = (x + 2 / x) / 2
    return x

x = sqrt2(7)
print("sqrt2 denominator digits:", len(str(x.denominator)))
getcontext().prec = 60
print("sqrt2 ~", Decimal(x.numerator) / Decimal(x.denominator))
print("decimal sqrt:", Decimal(2).sqrt())
approx = str(Decimal(355) / Decimal(113)).replace(".", "")
agree = next(i for i, (a, b) in enumerate(zip(s, approx)) if a != b)
print("355/113 agrees with pi on", agree, "digits:", approx[:10])
