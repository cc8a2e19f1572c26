# Polynomial class with operator overloading: arithmetic, evaluation, derivative, roots by Newton's method
from __future__ import annotations

from fractions import Fraction
from itertools import zip_longest


class Polynomial:
    def __init__(self, coeffs):
        """coeffs[i] is the coefficient of x**i."""
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return len(self.c) - 1

    def __add__(self, other):
        other = other if isinstance(other, Polynomial) else Polynomial([other])
        return Polynomial(a + b for a, b in zip_longest(self.c, other.c, fillvalue=0))

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(-a for a in self.c)

    def __sub__(self, other):
        return self + (-other if isinstance(other, Polynomial) else -other)

    def __mul__(self, other):
        if not isinstance(other, Polynomial):
            return Polynomial(a * other for a in self.c)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Polynomial(out)

    __rmul__ = __mul__

    def __pow__(self, n: int):
        result = Polynomial([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, divisor):
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(divisor.c) + 1)
        lead = divisor.c[-1]
        for i in range(len(rem) - len(divisor.c), -1, -1):
            factor = Fraction(rem[i + len(divisor.c) - 1]) / lead
            quot[i] = factor
            for j, d in enumerate(divisor.c):
                rem[i + j] -= factor * d
        return Polynomial(quot), Polynomial(rem[: len(divisor.c) - 1] or [0])

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):  # Horner's rule
            result = result * x + a
        return result

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.c == other.c

    def derivative(self):
        return Polynomial(i * a for i, a in enumerate(self.c) if i > 0)

    def newton(self, x0, tol=1e-12, max_iter=50):
        d = self.derivative()
        x = float(x0)
        for n in range(max_iter):
            fx = self(x)
            if abs(fx) < tol:
                return x, n
            x -= fx / d(x)
        return x, max_iter

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i > 0 else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]


p = Polynomial.from_roots(1, -2, 3)
q = Polynomial([1, 1])
print("p =", p, "| degree", p.degree)
print("q =", q)
print("p + q =", p + q)
print("p - p =", p - p)
print("q^3 =", q ** 3)
print("3 * q + 2 =", 3 * q + 2)
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative())
print("p(x) for x in -3..4:", [p(x) for x in range(-3, 5)])
quot, rem = divmod(p, Polynomial([-1, 1]))
print("p / (x - 1) =", quot, "remainder", rem)
quot, rem = divmod(Polynomial([5, 0, 2, 1]), Polynomial([1, 2]))
print("(x^3 + 2x^2 + 5) / (2x + 1) =", quot, "remainder", rem)
cubic = Polynomial([-2, 0, 0, 1])  # x^3 - 2
root, steps = cubic.newton(1)
print(f"cube root of 2 via Newton: {root:.12f} in {steps} steps")
for guess in (-5, 0.5, 10):
    r, n = p.newton(guess)
    print(f"  from {guess}: root {r:.6f} ({n} iterations)")
print("from_roots equality:", Polynomial.from_roots(2, 2) == Polynomial([4, -4, 1]))
