# Compare naive, Kahan-compensated and math.fsum summation accuracy
import math
from decimal import Decimal

def kahan_sum(values):
    total = 0.0
    comp = 0.0
    for v in values:
        y = v - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total

def pairwise_sum(values):
    if len(values) <= 2:
        return sum(values)
    mid = len(values) // 2
    return pairwise_sum(values[:mid]) + pairwise_sum(values[mid:])

datasets = {
    "0.1 x 1000": [0.1] * 1000,
    "1/n n<=5000": [1 / n for n in range(1, 5001)],
    "alternating": [(-1) ** n / (n + 1) for n in range(10000)],
    "big+small": [1e16] + [1.0] * 100 + [-1e16],
}
for name, data in datasets.items():
    exact = sum(Decimal(x) for x in data)
    print(f"{name}:")
    for label, fn in [("naive", sum), ("kahan", kahan_sum), ("pairwise", pairwise_sum), ("fsum", math.fsum)]:
        result = fn(data)
        err = abs(Decimal(result) - exact)
        print(f"  {label:<9} {result!r:<24} err={float(err):.3e}")
print("ln 2 reference:", math.log(2))
