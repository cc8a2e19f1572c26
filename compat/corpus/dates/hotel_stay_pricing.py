# Price hotel stays per night with weekend and seasonal rates, and check-in/out times
from datetime import date, datetime, time, timedelta
from decimal import Decimal

BASE = Decimal("120.00")
WEEKEND_SURCHARGE = Decimal("1.25")
SEASONS = [
    (date(2024, 6, 15), date(2024, 8, 31), Decimal("1.40"), "summer"),
    (date(2024, 12, 20), date(2025, 1, 5), Decimal("1.60"), "holidays"),
]
CHECK_IN, CHECK_OUT = time(15, 0), time(11, 0)

def nightly_rate(night: date) -> tuple[Decimal, str]:
    rate = BASE
    tags = []
    if night.weekday() in (4, 5):  # Friday and Saturday nights
        rate *= WEEKEND_SURCHARGE
        tags.append("weekend")
    for start, end, mult, name in SEASONS:
        if start <= night <= end:
            rate *= mult
            tags.append(name)
    return rate.quantize(Decimal("0.01")), "+".join(tags) or "standard"

def quote(arrive: date, depart: date):
    nights = (depart - arrive).days
    lines = [(arrive + timedelta(days=i), *nightly_rate(arrive + timedelta(days=i))) for i in range(nights)]
    return lines, sum(r for _, r, _ in lines)

for arrive, depart in [(date(2024, 5, 30), date(2024, 6, 2)), (date(2024, 8, 29), date(2024, 9, 3)),
                       (date(2024, 12, 30), date(2025, 1, 2))]:
    lines, total = quote(arrive, depart)
    print(f"Stay {arrive} -> {depart} ({len(lines)} nights)")
    for night, rate, tag in lines:
        print(f"  {night:%a %d %b}: {rate:>8} {tag}")
    print(f"  total {total}, avg/night {(total / len(lines)).quantize(Decimal('0.01'))}")

stay_start = datetime.combine(date(2024, 5, 30), CHECK_IN)
stay_end = datetime.combine(date(2024, 6, 2), CHECK_OUT)
print("time in room:", stay_end - stay_start)
late = datetime(2024, 6, 2, 13, 30)
print("late checkout by:", late - stay_end, "fee:", Decimal("15") * ((late - stay_end) // timedelta(minutes=30)))
