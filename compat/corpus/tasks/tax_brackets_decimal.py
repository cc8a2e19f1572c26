# Progressive income tax calculator with Decimal: brackets, deductions, credits and effective rates
from decimal import Decimal, ROUND_HALF_EVEN

D = Decimal
CENT = D("0.01")

BRACKETS = [  # (upper bound of bracket, marginal rate); None = no upper bound
    (D("11000"), D("0.10")),
    (D("44725"), D("0.12")),
    (D("95375"), D("0.22")),
    (D("182100"), D("0.24")),
    (D("231250"), D("0.32")),
    (None, D("0.35")),
]
STANDARD_DEDUCTION = D("13850")
CHILD_CREDIT = D("2000")


def tax_on(taxable: Decimal) -> tuple[Decimal, list[tuple[str, Decimal, Decimal]]]:
    total, lower, detail = D("0"), D("0"), []
    for upper, rate in BRACKETS:
        if taxable <= lower:
            break
        portion = (taxable if upper is None else min(taxable, upper)) - lower
        tax = (portion * rate).quantize(CENT, ROUND_HALF_EVEN)
        label = f"{lower:>9,.0f} - {'inf' if upper is None else f'{upper:,.0f}':>9}"
        detail.append((label, rate, tax))
        total += tax
        if upper is None:
            break
        lower = upper
    return total, detail


def compute(name: str, gross: str, itemized: str = "0", children: int = 0, withheld: str = "0"):
    gross_d = D(gross)
    deduction = max(STANDARD_DEDUCTION, D(itemized))
    taxable = max(D("0"), gross_d - deduction)
    tax, detail = tax_on(taxable)
    credits = min(tax, CHILD_CREDIT * children)
    owed = tax - credits
    balance = owed - D(withheld)
    print(f"{name}: gross {gross_d:,.2f}, deduction {deduction:,.2f}, taxable {taxable:,.2f}")
    for label, rate, t in detail:
        print(f"    {label}  @ {rate:>5.0%}  {t:>10,.2f}")
    eff = (owed / gross_d * 100).quantize(D("0.01")) if gross_d else D("0")
    marginal = detail[-1][1] if detail else D("0")
    print(f"    tax {tax:,.2f} - credits {credits:,.2f} = {owed:,.2f} "
          f"(effective {eff}%, marginal {marginal:.0%})")
    verdict = "refund" if balance < 0 else "due"
    print(f"    withheld {D(withheld):,.2f} -> {verdict} {abs(balance):,.2f}")
    return owed


total = D("0")
for args in [("Alex", "9500"), ("Blair", "58000", "0", 1, "6100"), ("Casey", "142500.50", "21000", 2, "24000"),
             ("Drew", "400000", "35000", 0, "100000")]:
    total += compute(*args)
print(f"total tax collected: {total:,.2f}")
print("rounding check:", D("2.675").quantize(CENT, ROUND_HALF_EVEN), D("2.665").quantize(CENT, ROUND_HALF_EVEN),
      "float round:", round(2.675, 2))
