# Polynomial class: evaluation with __call__, arithmetic, derivative and pretty __str__
class Polynomial:
    def __init__(self, *coeffs):
        # coeffs from lowest degree: Polynomial(1, 0, 3) == 3x^2 + 1
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = tuple(coeffs) or (0,)

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial(other)
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + (0,) * (n - len(self.coeffs))
        b = other.coeffs + (0,) * (n - len(other.coeffs))
        return Polynomial(*(x + y for x, y in zip(a, b)))

    __radd__ = __add__

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Polynomial(*(c * other for c in self.coeffs))
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def derivative(self):
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs) if i)) if self.degree else Polynomial(0)

    def __repr__(self):
        return f"Polynomial{self.coeffs}"

    def __str__(self):
        terms = []
        for power in range(self.degree, -1, -1):
            c = self.coeffs[power]
            if c == 0 and self.degree:
                continue
            sign = "-" if c < 0 else "+"
            mag = abs(c)
            body = ("" if mag == 1 and power else str(mag)) + ("x" if power else "") + (f"^{power}" if power > 1 else "")
            terms.append((sign, body))
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {b}" for s, b in terms[1:])


p = Polynomial(-1, 0, 2)      # 2x^2 - 1
q = Polynomial(3, 1)          # x + 3
print(p, "|", q, "|", repr(p))
print("p(3) =", p(3), " q(-3) =", q(-3))
print("p + q =", p + q)
print("p * q =", p * q)
print("p - p =", p - p, (p - p).degree)
print("q^3 =", q * q * q)
print("d/dx p*q =", (p * q).derivative())
print(2 * q + 1, "|", [p(x) for x in range(-2, 3)])
print(Polynomial(1, 2, 1) == q * q - Polynomial(8, 4))
