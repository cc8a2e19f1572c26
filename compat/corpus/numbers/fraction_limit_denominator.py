# Approximate floats and constants as fractions with limit_denominator
from fractions import Fraction
import math

print("Fraction(0.1) =", Fraction(0.1))
print("Fraction(0.5) =", Fraction(0.5), " Fraction(0.1).limit_denominator() =", Fraction(0.1).limit_denominator())
print("from_float(1.1):", Fraction.from_float(1.1))
print("from_decimal:", Fraction.from_decimal(__import__("decimal").Decimal("1.1")))
print("as_integer_ratio:", (0.75).as_integer_ratio(), Fraction(3, 8).as_integer_ratio())

pi = Fraction(math.pi)
for limit in [1, 10, 100, 1000, 10000, 100000, 1000000]:
    approx = pi.limit_denominator(limit)
    err = abs(float(approx) - math.pi)
    print(f"pi limit {limit:>7}: {str(approx):>16}  error {err:.3e}")

print()
for name, value in [("e", math.e), ("sqrt2", math.sqrt(2)), ("golden", (1 + 5 ** 0.5) / 2)]:
    best = [str(Fraction(value).limit_denominator(d)) for d in (10, 100, 1000)]
    print(f"{name:>7}: {', '.join(best)}")

# Convert measurements in inches to nearest 1/16
for inches in [0.3, 1.47, 2.8125, 5.99]:
    frac = Fraction(inches).limit_denominator(16)
    whole, rest = divmod(frac, 1)
    text = f"{whole} {rest}" if rest else f"{whole}"
    print(f"{inches} in ~ {text} in")
