# Validate numeric inputs via the numbers ABC tower and register a custom Real type
import numbers
from decimal import Decimal
from fractions import Fraction
import math

samples = [3, True, 2.5, 1 + 2j, Fraction(3, 4), Decimal("1.1"), "7", None, math.inf]
for x in samples:
    kinds = [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
             if isinstance(x, c)]
    print(f"{x!r:20} {kinds}")


def mean(values):
    if not all(isinstance(v, numbers.Real) for v in values):
        bad = [v for v in values if not isinstance(v, numbers.Real)]
        raise TypeError(f"non-real values: {bad!r}")
    return sum(values) / len(values)


print(mean([1, 2, 3, 4]), mean([Fraction(1, 2), Fraction(1, 3)]), mean([1, 2.5]))
try:
    mean([1, 2j])
except TypeError as e:
    print("TypeError:", e)


class Meters:
    def __init__(self, v):
        self.v = float(v)

    def __float__(self):
        return self.v

    def __repr__(self):
        return f"Meters({self.v})"


numbers.Real.register(Meters)
m = Meters(5)
print(isinstance(m, numbers.Real), isinstance(m, numbers.Number), isinstance(m, numbers.Integral))
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Integral))
print(Fraction(3, 4).numerator, Fraction(3, 4).denominator, (5).numerator, (5).denominator, (2.5).real, (1 + 2j).imag)
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.125"), Fraction(0.1).limit_denominator(100))
print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2, isinstance(Decimal("1"), numbers.Real))
print(math.floor(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), int(Decimal("-3.9")))
