# Print a mortgage amortisation schedule with yearly summary using Decimal
from decimal import Decimal, ROUND_HALF_UP

def payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    r = annual_rate / 12
    p = principal * r / (1 - (1 + r) ** -months)
    return p.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

principal = Decimal("250000")
rate = Decimal("0.0625")
months = 15 * 12
pmt = payment(principal, rate, months)
print(f"Loan ${principal:,} at {rate * 100}% for {months} months -> payment ${pmt:,}")

balance = principal
year_interest = year_principal = Decimal(0)
total_interest = Decimal(0)
print(f"{'month':>5} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>12}")
for m in range(1, months + 1):
    interest = (balance * rate / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    pay = pmt if m < months else balance + interest
    princ = pay - interest
    balance -= princ
    year_interest += interest
    year_principal += princ
    total_interest += interest
    if m <= 3 or m == months:
        print(f"{m:>5} {pay:>10,} {interest:>10,} {princ:>10,} {balance:>12,}")
    elif m == 4:
        print("  ...")
    if m % 12 == 0 and (m // 12) % 3 == 0:
        print(f"  year {m // 12:>2}: interest {year_interest:>10,}  principal {year_principal:>10,}")
    if m % 12 == 0:
        year_interest = year_principal = Decimal(0)
print(f"Total interest paid: ${total_interest:,}")
print(f"Total paid: ${total_interest + principal:,}")
