# Floating-point math functions: fsum, hypot, dist, logs, ceil/floor/trunc, isclose
import math

vals = [0.1] * 10
print("sum:", sum(vals), "fsum:", math.fsum(vals))
print("fsum big/small:", math.fsum([1e100, 1.0, -1e100, 1e-100]), sum([1e100, 1.0, -1e100, 1e-100]))
print("hypot:", math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 2), math.hypot())
print("dist:", math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 8)))
print("log:", math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024))
print("log1p/expm1:", math.log1p(1e-10), math.expm1(1e-10))
print("exp:", math.exp(1), math.exp(-1), math.exp(0))
for x in [2.5, -2.5, 3.0, -0.1, 7.999]:
    print(f"x={x:>6}: ceil={math.ceil(x):>3} floor={math.floor(x):>3} trunc={math.trunc(x):>3} round={round(x):>3}")
print("isclose:", math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print("isclose rel:", math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print("pow:", math.pow(2, 10), 2 ** 10, math.pow(2, 0.5), math.sqrt(2), math.cbrt(27))
print("copysign:", math.copysign(3, -0.0), math.copysign(-2, 1))
print("modf:", math.modf(3.75), math.modf(-3.75))
print("frexp/ldexp:", math.frexp(8.0), math.ldexp(0.5, 4))
print("degrees/radians:", math.degrees(math.pi), math.radians(180), math.degrees(1))
for deg in (0, 30, 45, 60, 90):
    r = math.radians(deg)
    print(f"{deg:>3} deg: sin={math.sin(r):.6f} cos={math.cos(r):.6f} tan={math.tan(r) if deg != 90 else float('inf'):.6g}")
print("atan2:", math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print("gamma/lgamma:", math.gamma(5), math.gamma(0.5), math.lgamma(10))
print("erf:", math.erf(1), math.erfc(1))
