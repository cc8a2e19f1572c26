# Compare Decimal rounding modes when quantizing prices
from decimal import (Decimal, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, ROUND_05UP)

modes = [ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, ROUND_05UP]
samples = ["2.345", "2.355", "-2.345", "2.3449", "0.005", "-0.015", "1.0", "2.401"]

header = f"{'value':>8} " + " ".join(f"{m[6:]:>10}" for m in modes)
print(header)
for s in samples:
    d = Decimal(s)
    cells = [str(d.quantize(Decimal("0.01"), rounding=m)) for m in modes]
    print(f"{s:>8} " + " ".join(f"{c:>10}" for c in cells))

print()
price = Decimal("1234.5678")
for exp in ["1", "0.1", "0.001", "1E+2", "1E+1"]:
    print(f"quantize({exp!r}) -> {price.quantize(Decimal(exp))}")
print("to_integral:", Decimal("2.5").to_integral_value(), Decimal("3.5").to_integral_value(),
      Decimal("2.5").to_integral_value(rounding=ROUND_HALF_UP))
print("round():", round(Decimal("2.675"), 2), round(Decimal("-0.5")), round(Decimal("1.5")))
print("normalize:", Decimal("1.500").normalize(), Decimal("100").normalize(), Decimal("0.000").normalize())
print("as_tuple:", Decimal("-12.340").as_tuple())
