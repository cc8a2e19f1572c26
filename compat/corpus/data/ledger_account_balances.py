# Replay a double-entry ledger to compute account balances and a trial balance
from collections import defaultdict
from decimal import Decimal

journal = [
    ("2024-01-01", "Opening capital", [("cash", "100000.00"), ("equity", "-100000.00")]),
    ("2024-01-05", "Buy equipment", [("equipment", "25000.00"), ("cash", "-25000.00")]),
    ("2024-01-10", "Invoice client", [("receivables", "18000.00"), ("revenue", "-18000.00")]),
    ("2024-01-15", "Pay rent", [("rent_expense", "3500.00"), ("cash", "-3500.00")]),
    ("2024-01-20", "Client pays", [("cash", "12000.00"), ("receivables", "-12000.00")]),
    ("2024-01-31", "Payroll", [("salary_expense", "9800.50"), ("cash", "-9800.50")]),
]

balances = defaultdict(Decimal)
for date, memo, entries in journal:
    amounts = [Decimal(a) for _, a in entries]
    assert sum(amounts) == 0, f"unbalanced entry on {date}"
    for account, amount in zip((acct for acct, _ in entries), amounts):
        balances[account] += amount
    print(f"{date} {memo:<16} " + "; ".join(f"{a} {Decimal(x):+,.2f}" for a, x in entries))

print(f"\n{'account':<16}{'debit':>12}{'credit':>12}")
debits = credits = Decimal(0)
for account in sorted(balances):
    bal = balances[account]
    d, c = (bal, Decimal(0)) if bal >= 0 else (Decimal(0), -bal)
    debits += d
    credits += c
    print(f"{account:<16}{d:>12,.2f}{c:>12,.2f}")
print(f"{'TOTAL':<16}{debits:>12,.2f}{credits:>12,.2f}")
profit = -balances["revenue"] - balances["rent_expense"] - balances["salary_expense"]
print(f"Net profit for January: {profit:,.2f}")
