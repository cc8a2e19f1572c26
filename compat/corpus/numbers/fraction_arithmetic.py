# Exact rational arithmetic with fractions.Fraction
from fractions import Fraction

a = Fraction(3, 4)
b = Fraction(5, 6)
print("a =", a, "b =", b)
print("a + b =", a + b)
print("a - b =", a - b)
print("a * b =", a * b)
print("a / b =", a / b)
print("a ** 2 =", a ** 2, "a ** -2 =", a ** -2)
print("repr:", repr(a + b))
print("normalised:", Fraction(10, 20), Fraction(-6, 4), Fraction(6, -4))
print("from strings:", Fraction("3/7"), Fraction("0.125"), Fraction("-1.5e-2"), Fraction(" 22/7 "))
print("numerator/denominator:", (a + b).numerator, (a + b).denominator)
print("mixed with int:", a + 1, 2 * b, 1 - a)
print("mixed with float:", a + 0.25, type(a + 0.25).__name__)
print("comparisons:", a < b, a == Fraction(6, 8), Fraction(1, 2) == 0.5)
print("float():", float(Fraction(1, 3)), "int():", int(Fraction(-7, 2)))
print("round:", round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print("floor division:", Fraction(7, 2) // 1, Fraction(-7, 2) // 1, Fraction(7, 2) % 1)

# harmonic numbers exactly
h = Fraction(0)
for n in range(1, 11):
    h += Fraction(1, n)
    print(f"H({n:>2}) = {str(h):>12} ~ {float(h):.6f}")

# Egyptian fraction decomposition
def egyptian(f: Fraction) -> list:
    parts = []
    while f.numerator:
        d = -(-f.denominator // f.numerator)
        parts.append(Fraction(1, d))
        f -= Fraction(1, d)
    return parts

for f in [Fraction(4, 13), Fraction(5, 6), Fraction(7, 15)]:
    print(f, "=", " + ".join(str(p) for p in egyptian(f)))
