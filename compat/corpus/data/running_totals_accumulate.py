# Running balances, maxima and products using itertools.accumulate
from itertools import accumulate
import operator

transactions = [("deposit", 500), ("withdraw", 120), ("withdraw", 75), ("deposit", 300),
                ("withdraw", 640), ("deposit", 50), ("withdraw", 20)]

signed = [amt if kind == "deposit" else -amt for kind, amt in transactions]
balances = list(accumulate(signed, initial=100))
print("Signed:  ", signed)
print("Balances:", balances)
for (kind, amt), before, after in zip(transactions, balances, balances[1:]):
    flag = "  OVERDRAWN" if after < 0 else ""
    print(f"{kind:<9}{amt:>5} {before:>6} -> {after:>6}{flag}")

peak = list(accumulate(balances, max))
print("Running peak:", peak)
drawdown = [p - b for p, b in zip(peak, balances)]
print("Max drawdown:", max(drawdown))

rates = [1.02, 0.99, 1.05, 1.01]
growth = list(accumulate(rates, operator.mul))
print("Compound growth:", [round(g, 4) for g in growth])
words = ["data", "engineering", "is", "fun"]
print(list(accumulate(words, lambda a, b: f"{a} {b}")))
