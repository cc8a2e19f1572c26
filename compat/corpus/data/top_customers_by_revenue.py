# Compute the top customers by revenue from a list of order tuples
from collections import Counter

orders = [
    ("ord-001", "acme", 1200.00),
    ("ord-002", "globex", 340.50),
    ("ord-003", "initech", 89.99),
    ("ord-004", "acme", 410.00),
    ("ord-005", "umbrella", 2300.00),
    ("ord-006", "globex", 1999.95),
    ("ord-007", "hooli", 15.00),
    ("ord-008", "initech", 620.10),
    ("ord-009", "acme", 75.25),
    ("ord-010", "hooli", 800.00),
]

revenue = Counter()
counts = Counter()
for _, customer, amount in orders:
    revenue[customer] += amount
    counts[customer] += 1

print("Top 3 customers:")
for rank, (cust, total) in enumerate(revenue.most_common(3), start=1):
    print(f"{rank}. {cust:<10} ${total:>9,.2f}  ({counts[cust]} orders)")

total = sum(revenue.values())
print(f"\nTotal revenue: ${total:,.2f}")
avg = {c: round(revenue[c] / counts[c], 2) for c in revenue}
print("Average order value:", dict(sorted(avg.items())))
big = [oid for oid, _, amt in orders if amt >= 1000]
print("Orders >= $1000:", ", ".join(big))
repeat = sorted(c for c, n in counts.items() if n > 1)
print("Repeat customers:", repeat)
