# Pivot long-format (month, product, amount) rows into a wide table with totals
rows = [
    ("2024-01", "apples", 120), ("2024-01", "pears", 80), ("2024-02", "apples", 95),
    ("2024-02", "plums", 40), ("2024-03", "pears", 110), ("2024-03", "apples", 130),
    ("2024-03", "plums", 55), ("2024-01", "apples", 15), ("2024-02", "pears", 60),
]

months = sorted({m for m, _, _ in rows})
products = sorted({p for _, p, _ in rows})
table = {p: {m: 0 for m in months} for p in products}
for month, product, amount in rows:
    table[product][month] += amount

header = f"{'product':<10}" + "".join(f"{m:>9}" for m in months) + f"{'total':>9}"
print(header)
print("=" * len(header))
for p in products:
    vals = [table[p][m] for m in months]
    print(f"{p:<10}" + "".join(f"{v:>9}" for v in vals) + f"{sum(vals):>9}")
col_totals = [sum(table[p][m] for p in products) for m in months]
print("-" * len(header))
print(f"{'total':<10}" + "".join(f"{v:>9}" for v in col_totals) + f"{sum(col_totals):>9}")

best_month = max(zip(months, col_totals), key=lambda t: t[1])
print(f"\nBest month: {best_month[0]} with {best_month[1]} units")
growth = [(b - a) / a * 100 for a, b in zip(col_totals, col_totals[1:])]
print("Month-over-month growth:", [f"{g:+.1f}%" for g in growth])
