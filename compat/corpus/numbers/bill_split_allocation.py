# Split a restaurant bill fairly, allocating leftover cents deterministically
from decimal import Decimal, ROUND_DOWN

def allocate(total: Decimal, weights: list[int]) -> list[Decimal]:
    cents = int(total * 100)
    wsum = sum(weights)
    shares = [cents * w // wsum for w in weights]
    remainders = [(cents * w % wsum, i) for i, w in enumerate(weights)]
    leftover = cents - sum(shares)
    for _, i in sorted(remainders, reverse=True)[:leftover]:
        shares[i] += 1
    return [Decimal(s) / 100 for s in shares]

items = {"alice": ["18.50", "4.25"], "bob": ["22.00"], "carol": ["15.75", "6.00", "3.50"], "dan": ["12.99"]}
subtotals = {p: sum(Decimal(x) for x in xs) for p, xs in items.items()}
subtotal = sum(subtotals.values())
tax = (subtotal * Decimal("0.0875")).quantize(Decimal("0.01"))
tip = (subtotal * Decimal("0.18")).quantize(Decimal("0.01"))
total = subtotal + tax + tip
print(f"subtotal {subtotal}  tax {tax}  tip {tip}  total {total}")

even = allocate(total, [1] * len(items))
print("even split:", [str(x) for x in even], "sum:", sum(even))

weights = [int(v * 100) for v in subtotals.values()]
fair = allocate(total, weights)
for (person, sub), share in zip(subtotals.items(), fair):
    print(f"  {person:<6} ordered {sub:>6}  pays {share:>6}")
print("fair sum:", sum(fair), "matches:", sum(fair) == total)

print("naive thirds of 100:", [(Decimal(100) / 3).quantize(Decimal("0.01"), rounding=ROUND_DOWN)] * 3)
print("allocated thirds:", allocate(Decimal(100), [1, 1, 1]))
print("float split:", 100 / 3, round(100 / 3, 2) * 3)
