# Use decimal.localcontext to compute tax brackets with temporary precision and rounding
from decimal import Decimal, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, getcontext

BRACKETS = [
    (Decimal("11000"), Decimal("0.10")),
    (Decimal("44725"), Decimal("0.12")),
    (Decimal("95375"), Decimal("0.22")),
    (Decimal("182100"), Decimal("0.24")),
    (None, Decimal("0.32")),
]

def income_tax(income: Decimal) -> Decimal:
    tax = Decimal(0)
    lower = Decimal(0)
    for upper, rate in BRACKETS:
        if upper is None or income <= upper:
            tax += (income - lower) * rate
            break
        tax += (upper - lower) * rate
        lower = upper
    with localcontext() as ctx:
        ctx.rounding = ROUND_HALF_EVEN
        return tax.quantize(Decimal("0.01"))

for income in ["9500", "11000", "50000", "100000.50", "250000"]:
    inc = Decimal(income)
    t = income_tax(inc)
    eff = (t / inc * 100).quantize(Decimal("0.001"))
    print(f"income {inc:>12,} -> tax {t:>11,}  effective {eff}%")

with localcontext() as ctx:
    ctx.prec = 6
    ctx.rounding = ROUND_DOWN
    print("inside (prec 6, down):", Decimal(2) / Decimal(3), Decimal("123456789") + 0)
print("outside (prec %d):" % getcontext().prec, Decimal(2) / Decimal(3))
with localcontext(prec=4) as ctx:
    print("prec=4 kwarg:", Decimal("3.14159265") * 1, ctx.prec)
