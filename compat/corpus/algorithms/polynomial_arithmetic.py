# Polynomial class with dunder arithmetic, evaluation (Horner), derivative, long division and printing
from fractions import Fraction
from itertools import zip_longest

class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    def __add__(self, other):
        return Poly(a + b for a, b in zip_longest(self.c, other.c, fillvalue=0))

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        if not isinstance(other, Poly):
            return Poly(a * other for a in self.c)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        return Poly([1]) if n == 0 else self * self ** (n - 1)

    def __divmod__(self, other):
        rem = [Fraction(x) for x in self.c]
        quot = [Fraction(0)] * max(1, len(rem) - len(other.c) + 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            quot[shift] = factor
            for i, b in enumerate(other.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Poly(quot), Poly(rem)

    def __eq__(self, other):
        return self.c == other.c

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i) if len(self.c) > 1 else Poly([0])

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.c != [0]:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{'-' if a < 0 else '+'} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]

p = Poly([-1, 0, 1])       # x^2 - 1
q = Poly([1, 1])           # x + 1
print("p =", p, "| q =", q)
print("p + q =", p + q)
print("p * q =", p * q)
print("q^5 =", q ** 5)
quot, rem = divmod(Poly([-4, 0, -2, 1]), Poly([-3, 1]))
print("(x^3 - 2x^2 - 4) / (x - 3) =", quot, "remainder", rem)
print("p(3) =", p(3), "derivative of q^5:", (q ** 5).derivative())
print("3 * p =", 3 * p, "| p - p =", p - p)
print("divisible:", divmod(p, q)[1] == Poly([0]), divmod(p, q)[0])
roots = [x for x in range(-10, 11) if Poly([6, -5, -2, 1])(x) == 0]
print("integer roots of x^3 - 2x^2 - 5x + 6:", roots)
