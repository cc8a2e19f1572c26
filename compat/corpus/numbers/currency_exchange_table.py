# Build a cross-rate currency table from USD quotes and convert sample amounts
from decimal import Decimal, ROUND_HALF_EVEN

usd_rates = {  # units of currency per 1 USD (fixed sample quotes)
    "USD": Decimal("1"),
    "EUR": Decimal("0.9235"),
    "GBP": Decimal("0.7891"),
    "JPY": Decimal("151.42"),
    "CHF": Decimal("0.9012"),
    "CAD": Decimal("1.3587"),
}
minor_units = {"JPY": 0}

def convert(amount: Decimal, src: str, dst: str) -> Decimal:
    raw = amount / usd_rates[src] * usd_rates[dst]
    places = minor_units.get(dst, 2)
    return raw.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)

codes = list(usd_rates)
print("cross rates (row -> column):")
print("     " + "".join(f"{c:>11}" for c in codes))
for a in codes:
    row = []
    for b in codes:
        rate = usd_rates[b] / usd_rates[a]
        row.append(f"{rate:>11.4f}")
    print(f"{a:<5}" + "".join(row))

print()
for amount, src, dst in [("100", "USD", "EUR"), ("250.50", "EUR", "GBP"), ("10000", "JPY", "USD"),
                         ("99.99", "GBP", "JPY"), ("1234.56", "CAD", "CHF")]:
    out = convert(Decimal(amount), src, dst)
    print(f"{Decimal(amount):>10,} {src} = {out:>12,} {dst}")

# round trip loss
start = Decimal("1000.00")
eur = convert(start, "USD", "EUR")
back = convert(eur, "EUR", "USD")
print(f"round trip USD->EUR->USD: {start} -> {eur} -> {back} (diff {back - start})")
