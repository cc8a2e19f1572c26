# Handling of inf and nan in arithmetic, comparisons, formatting and math functions
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(nan))
print("inf + 1:", inf + 1, "inf - inf:", inf - inf, "inf * 0:", inf * 0)
print("1 / inf:", 1 / inf, "-1 / inf:", -1 / inf)
print("inf > 1e308:", inf > 1e308, "nan > 0:", nan > 0, "nan < 0:", nan < 0)
print("isinf/isnan/isfinite:", math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(nan))
print("math.inf is float:", math.inf == inf, type(math.inf).__name__)
print(f"{inf:10.2f}|{-inf:<10}|{nan:^10}|{inf:e}|{nan:%}")
print("%f %e %g" % (inf, -inf, nan))
print("float variants:", float("Infinity"), float("-INF"), float("NaN"), float("  inf "))
print("max with nan:", max(1, nan), max(nan, 1), min([3, nan, 1]))
data = [1.0, nan, 3.0, inf, -2.0]
clean = [x for x in data if math.isfinite(x)]
print("finite values:", clean, "sum:", sum(clean))
print("sorted with inf:", sorted([3, -inf, 1, inf, 0]))
print("nan in list:", nan in [nan], float("nan") in [float("nan")])
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print("2.0 ** 10000 attempt:")
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print("inf.is_integer():", inf.is_integer(), "round(inf) fails ->", end=" ")
try:
    round(inf)
except OverflowError as e:
    print(e)
