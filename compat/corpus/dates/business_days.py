# Count and add business days, skipping weekends and a fixed holiday list
from datetime import date, timedelta

HOLIDAYS = {
    date(2024, 1, 1), date(2024, 1, 15), date(2024, 5, 27), date(2024, 7, 4),
    date(2024, 9, 2), date(2024, 11, 28), date(2024, 11, 29), date(2024, 12, 25),
}

def is_business_day(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS

def add_business_days(start: date, n: int) -> date:
    d = start
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business_day(d):
            remaining -= 1
    return d

def business_days_between(a: date, b: date) -> int:
    """Business days in (a, b]."""
    return sum(1 for i in range(1, (b - a).days + 1) if is_business_day(a + timedelta(days=i)))

orders = [date(2024, 1, 12), date(2024, 7, 3), date(2024, 11, 27), date(2024, 12, 20)]
for o in orders:
    ship = add_business_days(o, 3)
    print(f"order {o:%a %Y-%m-%d} -> ships {ship:%a %Y-%m-%d} ({(ship - o).days} calendar days)")

print("10 business days before 2024-12-31:", add_business_days(date(2024, 12, 31), -10))
print("business days in 2024:", business_days_between(date(2023, 12, 31), date(2024, 12, 31)))
for month in range(1, 13):
    first = date(2024, month, 1)
    nxt = date(2024 + month // 12, month % 12 + 1, 1)
    count = business_days_between(first - timedelta(days=1), nxt - timedelta(days=1))
    print(f"  {first:%b}: {count:>2} {'#' * count}")
print("is 2024-07-04 a business day?", is_business_day(date(2024, 7, 4)))
print("next business day after 2024-11-27:", add_business_days(date(2024, 11, 27), 1))
