# Compare compound interest across compounding frequencies and years
import math

principal = 10_000.00
rate = 0.045
frequencies = {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12, "daily": 365}

print(f"Principal ${principal:,.2f} at {rate:.2%} nominal")
print(f"{'years':>5} " + " ".join(f"{name:>12}" for name in frequencies) + f" {'continuous':>12}")
for years in (1, 5, 10, 20, 30):
    cells = []
    for n in frequencies.values():
        amount = principal * (1 + rate / n) ** (n * years)
        cells.append(f"{amount:>12,.2f}")
    cont = principal * math.exp(rate * years)
    print(f"{years:>5} " + " ".join(cells) + f" {cont:>12,.2f}")

print()
for name, n in frequencies.items():
    apy = (1 + rate / n) ** n - 1
    print(f"APY {name:<10}: {apy:.4%}")

target = 2 * principal
years_needed = math.log(2) / (12 * math.log(1 + rate / 12))
print(f"Years to double (monthly): {years_needed:.2f}; rule of 72 says {72 / (rate * 100):.2f}")

balance = 0.0
monthly = 250
for month in range(1, 12 * 10 + 1):
    balance = balance * (1 + rate / 12) + monthly
    if month % 24 == 0:
        print(f"after {month // 12:>2} years of ${monthly}/month: ${balance:,.2f}")
