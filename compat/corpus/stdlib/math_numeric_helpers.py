# Numeric helpers from math: isclose, fsum, gcd/lcm, isqrt, prod, floor/ceil, trig, log, inf/nan
import math

values = [0.1] * 10
print(sum(values), math.fsum(values), sum(values) == 1.0, math.isclose(sum(values), 1.0))
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(99), math.isqrt(100))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=2), math.factorial(10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(3.5), round(2.675, 2))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.modf(3.75), math.frexp(48.0), math.ldexp(0.75, 6))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi), 12), round(math.degrees(math.atan2(1, 1)), 6))
print(math.hypot(3, 4, 12), math.dist((0, 0, 0), (1, 2, 2)), math.sqrt(2))
print(math.log(math.e), math.log(8, 2), math.log10(0.001), math.log2(1024), math.log1p(1e-10))
print(math.exp(1) == math.e, math.expm1(1e-10), math.pow(2, 0.5))
print(math.inf > 1e308, -math.inf < 0, math.isinf(float("inf")), math.isnan(math.nan), math.nan == math.nan)
print(math.isfinite(1.0), math.isfinite(math.inf), math.comb(52, 5), math.perm(5))
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0))
print(f"{math.tau:.10f} {math.pi:.15f} {math.e:.6f}")
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)


def compound(principal, rate, years, n=12):
    return principal * math.pow(1 + rate / n, n * years)


print(f"{compound(1000, 0.05, 10):.2f} vs continuous {1000 * math.exp(0.05 * 10):.2f}")
