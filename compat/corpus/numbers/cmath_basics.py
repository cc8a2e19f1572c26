# Use cmath to solve quadratics and convert between rectangular and polar forms
import cmath
import math

def solve_quadratic(a: float, b: float, c: float):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)

for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)]:
    r1, r2 = solve_quadratic(*coeffs)
    print(f"{coeffs}: roots {r1}, {r2}")

z = complex(3, 4)
r, phi = cmath.polar(z)
print("polar(3+4j):", r, phi)
print("rect back:", cmath.rect(r, phi))
print("phase of -1:", cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
print("abs:", abs(z), abs(-2j))
print("exp(i*pi):", cmath.exp(1j * math.pi))
print("log(-1):", cmath.log(-1))
print("sqrt(-4):", cmath.sqrt(-4))
print("isclose:", cmath.isclose(cmath.exp(1j * math.pi), -1, abs_tol=1e-12))
print("sin(1+1j):", cmath.sin(1 + 1j))
print("cmath.pi/e/tau:", cmath.pi, cmath.e, cmath.tau)
print("inf/nan:", cmath.inf, cmath.infj, cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj))
# roots of unity
n = 6
for k in range(n):
    w = cmath.rect(1, 2 * math.pi * k / n)
    print(f"  w^{k} = {w.real:+.4f} {w.imag:+.4f}j")
