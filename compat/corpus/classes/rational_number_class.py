# Rational number class with normalization and arithmetic, checked against fractions.Fraction
from math import gcd
from fractions import Fraction


class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return Rational(x)
        return None

    def _binop(op):
        def method(self, other):
            other = Rational._coerce(other)
            if other is None:
                return NotImplemented
            return op(self, other)
        return method

    __add__ = __radd__ = _binop(lambda a, b: Rational(a.num * b.den + b.num * a.den, a.den * b.den))
    __mul__ = __rmul__ = _binop(lambda a, b: Rational(a.num * b.num, a.den * b.den))
    __sub__ = _binop(lambda a, b: Rational(a.num * b.den - b.num * a.den, a.den * b.den))
    __rsub__ = _binop(lambda a, b: Rational(b.num * a.den - a.num * b.den, a.den * b.den))
    __truediv__ = _binop(lambda a, b: Rational(a.num * b.den, a.den * b.num))
    __eq__ = _binop(lambda a, b: (a.num, a.den) == (b.num, b.den))
    __lt__ = _binop(lambda a, b: a.num * b.den < b.num * a.den)
    del _binop

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __float__(self):
        return self.num / self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


pairs = [((1, 2), (1, 3)), ((3, 4), (-5, 6)), ((7, 1), (2, 14)), ((-2, -8), (3, 9))]
for (a, b), (c, d) in pairs:
    x, y = Rational(a, b), Rational(c, d)
    fx, fy = Fraction(a, b), Fraction(c, d)
    results = [x + y, x - y, x * y, x / y]
    expected = [fx + fy, fx - fy, fx * fy, fx / fy]
    ok = all((r.num, r.den) == (e.numerator, e.denominator) for r, e in zip(results, expected))
    print(f"{str(x):>5} {str(y):>5} | " + "  ".join(f"{str(r):>7}" for r in results), "ok" if ok else "MISMATCH")

print(1 + Rational(1, 2), 3 - Rational(1, 4), 2 * Rational(3, 8), -Rational(2, 3))
print(sorted([Rational(2, 3), Rational(1, 2), Rational(-1, 5), Rational(5, 6)]))
print(sum([Rational(1, n) for n in range(1, 6)], Rational(0)), float(Rational(22, 7)))
print(Rational(2, 4) == Rational(1, 2), Rational(3) == 3, len({Rational(1, 2), Rational(2, 4)}))
try:
    Rational(1, 2) / Rational(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Rational(1, 2) + 0.5
except TypeError as e:
    print("TypeError:", e)
