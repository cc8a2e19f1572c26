# Compare arithmetic, geometric and harmonic means for growth rates and speeds
from statistics import mean, fmean, geometric_mean, harmonic_mean
from fractions import Fraction
from decimal import Decimal

growth_factors = [1.10, 0.95, 1.20, 1.05, 0.90]
print("arithmetic mean of growth:", mean(growth_factors))
print("geometric mean of growth:", geometric_mean(growth_factors))
value = 1000.0
for g in growth_factors:
    value *= g
print("actual final value:", round(value, 4))
print("via geometric mean:", round(1000 * geometric_mean(growth_factors) ** 5, 4))

speeds = [60, 40]
print("average speed there-and-back (harmonic):", harmonic_mean(speeds))
print("naive arithmetic:", mean(speeds))
print("weighted harmonic:", harmonic_mean([40, 60], weights=[5, 30]))

print("fmean weighted:", fmean([90, 80, 70], weights=[0.5, 0.3, 0.2]))
print("mean of Fractions:", mean([Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)]))
print("mean of Decimals:", mean([Decimal("1.10"), Decimal("2.20"), Decimal("3.35")]))
print("mean of ints:", mean([1, 2, 3, 4]), type(mean([1, 2, 3, 4])).__name__)
print("mean of mixed:", mean([1, 2.5]))
print("harmonic with zero:", harmonic_mean([2, 0, 4]))
ratings = {"alice": [4, 5, 5, 3], "bob": [2, 3, 4], "cara": [5, 5, 4, 5, 5]}
for name, rs in sorted(ratings.items()):
    print(f"{name:<6} mean={mean(rs):.3f} geo={geometric_mean(rs):.3f} harm={harmonic_mean(rs):.3f}")
