# Subscription billing cycles: add months with end-of-month clamping and prorated charges
from datetime import date
import calendar
from decimal import Decimal, ROUND_HALF_UP

def add_months(d: date, months: int) -> date:
    total = d.month - 1 + months
    year, month = d.year + total // 12, total % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)

def billing_dates(anchor: date, count: int):
    # Always compute from the anchor so a Jan 31 start returns to the 31st when possible.
    return [add_months(anchor, i) for i in range(count)]

for anchor in (date(2024, 1, 31), date(2024, 2, 29), date(2023, 10, 15)):
    ds = billing_dates(anchor, 7)
    print(f"anchor {anchor}: " + ", ".join(d.strftime("%m-%d") for d in ds))

print("naive chaining from Jan 31:", end=" ")
d = date(2024, 1, 31)
chain = []
for _ in range(5):
    d = add_months(d, 1)
    chain.append(d.strftime("%m-%d"))
print(", ".join(chain))

PRICE = Decimal("29.99")
def prorate(start: date, period_start: date, period_end: date) -> Decimal:
    days_total = (period_end - period_start).days
    days_used = (period_end - start).days
    return (PRICE * days_used / days_total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

for signup in (date(2024, 3, 1), date(2024, 3, 10), date(2024, 3, 20), date(2024, 3, 31)):
    charge = prorate(signup, date(2024, 3, 1), date(2024, 4, 1))
    print(f"signup {signup}: first charge {charge}")
print("years of months:", add_months(date(2024, 5, 31), 21), add_months(date(2024, 5, 31), -3))
trial_end = add_months(date(2024, 11, 30), 3)
print("3-month trial from 2024-11-30 ends", trial_end, calendar.day_name[trial_end.weekday()])
