# Convert between dates, ordinals, Julian Day Numbers and day-of-year values
from datetime import date, datetime, timedelta

def to_jdn(d: date) -> int:
    return d.toordinal() + 1721425

def from_jdn(jdn: int) -> date:
    return date.fromordinal(jdn - 1721425)

def julian_date(dt: datetime) -> float:
    return to_jdn(dt.date()) - 0.5 + (dt.hour * 3600 + dt.minute * 60 + dt.second) / 86400

samples = [date(1, 1, 1), date(1858, 11, 17), date(1970, 1, 1), date(2000, 1, 1), date(2024, 2, 29), date(9999, 12, 31)]
print(f"{'date':<12}{'ordinal':>10}{'JDN':>10}{'MJD':>8}{'yday':>6}")
for d in samples:
    jdn = to_jdn(d)
    print(f"{d.isoformat():<12}{d.toordinal():>10}{jdn:>10}{jdn - 2400001:>8}{d.timetuple().tm_yday:>6}")

print("J2000 epoch JD:", julian_date(datetime(2000, 1, 1, 12)))
print("Unix epoch JD:", julian_date(datetime(1970, 1, 1)))
print("from_jdn(2460000):", from_jdn(2460000))
print("round trip ok:", all(from_jdn(to_jdn(d)) == d for d in samples))

def from_year_day(year: int, yday: int) -> date:
    return date(year, 1, 1) + timedelta(days=yday - 1)

for y, n in ((2024, 60), (2023, 60), (2024, 366), (2024, 256)):
    print(f"day {n} of {y}: {from_year_day(y, n)}")
print("strptime %j:", datetime.strptime("2024-256", "%Y-%j").date(), "(Programmers' Day)")
days = date(2024, 12, 31) - date(2024, 1, 1)
print("days between Jan 1 and Dec 31 2024:", days.days)
print("weekday from ordinal:", date.fromordinal(1).strftime("%A"), (date(2024, 1, 1).toordinal() % 7))
