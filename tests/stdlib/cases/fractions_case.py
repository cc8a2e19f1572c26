from fractions import Fraction
from decimal import Decimal
import math

print(Fraction(3, 4) + Fraction(1, 6), Fraction("3/9"), Fraction(0.5), Fraction("1.25"), Fraction(Decimal("0.1")))
print(repr(Fraction(-6, 4)), Fraction(1, 3) * 3 == 1, Fraction(7, 2) // 1, Fraction(7, 2) % 1)
print(Fraction(math.pi).limit_denominator(100), Fraction(1, 3) ** 2, Fraction(4, 9) ** 0.5)
print(float(Fraction(1, 8)), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(2, 4).as_integer_ratio(), Fraction(5).is_integer() if hasattr(Fraction, "is_integer") else True)
print(math.floor(Fraction(-7, 3)), math.ceil(Fraction(-7, 3)), abs(Fraction(-1, 5)), -Fraction(1, 5))
print(sum(Fraction(1, n) for n in range(1, 8)), Fraction(3, 4).numerator, Fraction(3, 4).denominator)
for bad in ("1/0", "abc", "1.2.3"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError", e)
