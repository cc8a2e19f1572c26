# Split a shared bill with Decimal arithmetic so cents always add up exactly
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

items = [("pizza", "38.50"), ("salad", "12.75"), ("drinks", "27.30"), ("dessert", "9.99")]
people = ["Ana", "Ben", "Caro"]
tip_rate = Decimal("0.18")
cent = Decimal("0.01")

subtotal = sum(Decimal(price) for _, price in items)
tip = (subtotal * tip_rate).quantize(cent, rounding=ROUND_HALF_UP)
total = subtotal + tip
print(f"subtotal {subtotal}  tip {tip}  total {total}")

share = (total / len(people)).quantize(cent, rounding=ROUND_DOWN)
shares = {p: share for p in people}
remainder = total - share * len(people)
for p in people:
    if remainder <= 0:
        break
    shares[p] += cent
    remainder -= cent
for p, amt in shares.items():
    print(f"  {p:<5} pays {amt:>7}")
print("sum of shares:", sum(shares.values()), "matches:", sum(shares.values()) == total)

print("float sum:", sum(float(p) for _, p in items), "decimal sum:", subtotal)
print(Decimal("2.675").quantize(cent, ROUND_HALF_UP), round(2.675, 2))
print(Decimal(1) / Decimal(7))
print(Decimal("1.10") + Decimal("2.20"), Decimal("3.30") == Decimal("3.3"))
