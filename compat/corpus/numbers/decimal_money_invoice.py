# Invoice calculation with Decimal for exact money arithmetic
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")
TAX_RATE = Decimal("0.0825")

items = [
    ("Consulting hours", Decimal("12.5"), Decimal("95.00")),
    ("Software license", Decimal("3"), Decimal("149.99")),
    ("Travel expenses", Decimal("1"), Decimal("312.47")),
    ("Printing", Decimal("250"), Decimal("0.035")),
]

print(f"{'Description':<20}{'Qty':>8}{'Unit':>10}{'Line':>12}")
subtotal = Decimal("0")
for desc, qty, unit in items:
    line = (qty * unit).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f"{desc:<20}{qty:>8}{unit:>10}{line:>12}")

discount = (subtotal * Decimal("0.05")).quantize(CENT, rounding=ROUND_HALF_UP)
taxable = subtotal - discount
tax = (taxable * TAX_RATE).quantize(CENT, rounding=ROUND_HALF_UP)
total = taxable + tax
print("-" * 50)
print(f"{'Subtotal':<38}{subtotal:>12}")
print(f"{'Discount 5%':<38}{-discount:>12}")
print(f"{'Tax 8.25%':<38}{tax:>12}")
print(f"{'TOTAL':<38}{total:>12}")
print(f"Total with separators: {total:,}")
print("repr:", repr(total), "as float:", float(total))
print("0.1 + 0.2 with Decimal:", Decimal("0.1") + Decimal("0.2"))
print("Decimal(0.1) exact:", Decimal(0.1))
