# Generate an invoice with Decimal arithmetic: line discounts, tax rounding, currency formatting
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 28
CENT = Decimal("0.01")


@dataclass(frozen=True)
class LineItem:
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal = Decimal("0")
    tax_rate: Decimal = Decimal("0.20")

    @property
    def gross(self) -> Decimal:
        return self.quantity * self.unit_price

    @property
    def discount(self) -> Decimal:
        return (self.gross * self.discount_pct / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def net(self) -> Decimal:
        return self.gross.quantize(CENT, ROUND_HALF_UP) - self.discount


def money(d: Decimal) -> str:
    sign = "-" if d < 0 else ""
    return f"{sign}EUR {abs(d):,.2f}"


def build_invoice(items):
    taxes = {}
    for it in items:
        taxes[it.tax_rate] = taxes.get(it.tax_rate, Decimal("0")) + it.net
    subtotal = sum((it.net for it in items), Decimal("0"))
    tax_lines = {rate: (base * rate).quantize(CENT, ROUND_HALF_UP) for rate, base in sorted(taxes.items())}
    total = subtotal + sum(tax_lines.values(), Decimal("0"))
    return subtotal, tax_lines, total


items = [
    LineItem("Consulting (hours)", Decimal("7.5"), Decimal("95.00")),
    LineItem("Laptop stand", Decimal("3"), Decimal("24.99"), discount_pct=Decimal("10")),
    LineItem("E-book: Refactoring", Decimal("1"), Decimal("31.49"), tax_rate=Decimal("0.055")),
    LineItem("Shipping", Decimal("1"), Decimal("4.95")),
    LineItem("Goodwill credit", Decimal("1"), Decimal("-15.00"), tax_rate=Decimal("0.20")),
]

print(f"{'Description':<22}{'Qty':>6}{'Unit':>10}{'Disc':>8}{'Net':>14}")
print("-" * 60)
for it in items:
    disc = f"{it.discount_pct}%" if it.discount_pct else ""
    print(f"{it.description:<22}{it.quantity:>6}{it.unit_price:>10}{disc:>8}{money(it.net):>14}")
print("-" * 60)
subtotal, tax_lines, total = build_invoice(items)
print(f"{'Subtotal':<46}{money(subtotal):>14}")
for rate, amount in tax_lines.items():
    label = f"VAT {rate:.1%}"
    print(f"{label:<46}{money(amount):>14}")
print(f"{'TOTAL DUE':<46}{money(total):>14}")

# split the total into 3 instalments that add up exactly
share = (total / 3).quantize(CENT, rounding="ROUND_DOWN")
instalments = [share, share, total - 2 * share]
print("instalments:", [str(x) for x in instalments], "sum ok:", sum(instalments) == total)
print("float would give:", 0.1 + 0.2, "decimal gives:", Decimal("0.1") + Decimal("0.2"))
