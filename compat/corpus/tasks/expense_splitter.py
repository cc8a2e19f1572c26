# Split shared trip expenses fairly (Fractions), compute balances and minimal settlement transfers
from collections import defaultdict
from fractions import Fraction

PEOPLE = ["Ana", "Ben", "Chloe", "Dev"]
EXPENSES = [
    # (payer, amount in cents, description, participants or None for everyone, weights)
    ("Ana", 24000, "cabin deposit", None, None),
    ("Ben", 8650, "groceries", None, None),
    ("Chloe", 4500, "fuel", ["Ana", "Chloe", "Dev"], None),
    ("Dev", 12000, "boat rental", None, {"Ana": 1, "Ben": 2, "Chloe": 1, "Dev": 2}),
    ("Ana", 1999, "board game", ["Ben", "Dev"], None),
    ("Chloe", 3300, "pizza night", None, None),
]


def cents(x) -> str:
    x = Fraction(x)
    sign = "-" if x < 0 else ""
    whole = abs(x) / 100
    return f"{sign}${float(whole):.2f}"


def compute_balances(expenses):
    bal = defaultdict(Fraction)
    spent_share = defaultdict(Fraction)
    for payer, amount, desc, who, weights in expenses:
        who = who or PEOPLE
        weights = weights or {p: 1 for p in who}
        total_w = sum(weights[p] for p in who)
        bal[payer] += amount
        for p in who:
            share = Fraction(amount * weights[p], total_w)
            bal[p] -= share
            spent_share[p] += share
    return bal, spent_share


def settle(balances):
    creditors = sorted(((b, p) for p, b in balances.items() if b > 0), reverse=True)
    debtors = sorted(((-b, p) for p, b in balances.items() if b < 0), reverse=True)
    transfers = []
    i = j = 0
    creditors = [list(c) for c in creditors]
    debtors = [list(d) for d in debtors]
    while i < len(creditors) and j < len(debtors):
        amount = min(creditors[i][0], debtors[j][0])
        transfers.append((debtors[j][1], creditors[i][1], amount))
        creditors[i][0] -= amount
        debtors[j][0] -= amount
        if creditors[i][0] == 0:
            i += 1
        if debtors[j][0] == 0:
            j += 1
    return transfers


balances, shares = compute_balances(EXPENSES)
total = sum(e[1] for e in EXPENSES)
print(f"total spent: {cents(total)} across {len(EXPENSES)} expenses")
print(f"{'person':<7}{'paid':>10}{'share':>10}{'balance':>10}")
for p in PEOPLE:
    paid = sum(e[1] for e in EXPENSES if e[0] == p)
    print(f"{p:<7}{cents(paid):>10}{cents(shares[p]):>10}{cents(balances[p]):>10}")
print("balances sum to zero:", sum(balances.values()) == 0)
print("exact fractional balance of Ben (cents):", balances["Ben"])
print("settlement:")
for debtor, creditor, amount in settle(balances):
    print(f"  {debtor} pays {creditor} {cents(amount)}")
