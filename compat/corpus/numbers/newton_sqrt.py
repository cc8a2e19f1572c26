# Newton's method for square and cube roots, showing convergence per iteration
import math

def newton_sqrt(a: float, tol: float = 1e-15, verbose: bool = False) -> float:
    x = a if a > 1 else 1.0
    for i in range(1, 100):
        nxt = 0.5 * (x + a / x)
        if verbose:
            print(f"  iter {i:>2}: {nxt!r}")
        if abs(nxt - x) <= tol * nxt:
            return nxt
        x = nxt
    return x

print("sqrt(2) iterations:")
r = newton_sqrt(2.0, verbose=True)
print("result:", r, "math.sqrt:", math.sqrt(2), "equal:", r == math.sqrt(2))

for a in [0.25, 9.0, 10.0, 12345.678, 1e10, 1e-6]:
    approx = newton_sqrt(a)
    print(f"sqrt({a}) = {approx!r} (diff {approx - math.sqrt(a):.2e})")

def newton(f, df, x0, steps=8):
    x = x0
    history = [x]
    for _ in range(steps):
        x = x - f(x) / df(x)
        history.append(x)
    return history

print("cube root of 10 via Newton:")
for x in newton(lambda x: x ** 3 - 10, lambda x: 3 * x ** 2, 2.0, 6):
    print(f"  {x:.15f}")
print("math.cbrt(10):", math.cbrt(10))
print("root of cos(x) - x:", newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0)[-1])
print("integer sqrt of 10**30 + 1:", math.isqrt(10 ** 30 + 1))
