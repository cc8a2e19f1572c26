# int / int as CPython: correctly rounded, signs, zero, overflow and underflow
import random
from fractions import Fraction

print(10**400 / 10**399, 2**1100 / 3**600, (2**60 + 1) / 3**40, (1 << 53 | 1) / 1, -(10**30) / 7)
print(2**63 / 3, (2**64 - 1) / (2**64 - 3), 1 / 3, -1 / 3, 0 / -5, 7 / -2, 10**22 / 10**-0)
print(1 / 10**400, -1 / 10**400, 10**300 / 10**600 * 10**300, 3**700 / 3**699)
print(1 / 2**1074, 1 / 2**1075, 3 / 2**1076, 2**1023 / 0.5 if False else 2**1023 / 1)
for a, b in ((10**400, 1), (2**1024, 1), (-(2**1025), 3)):
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError", e)
try:
    10**50 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
rng = random.Random(5)
acc = 0
for i in range(2000):
    a = rng.getrandbits(rng.randrange(1, 200)) * rng.choice((1, -1))
    b = rng.getrandbits(rng.randrange(1, 200)) or 1
    acc ^= hash(a / b)
print(acc)
print(float(Fraction(1, 3)), float(Fraction(10**40 + 1, 10**39)), sum(1 / n for n in range(1, 100)))
