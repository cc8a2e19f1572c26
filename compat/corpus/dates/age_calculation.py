# Calculate ages in years, months and days relative to a fixed reference date
from datetime import date
import calendar

REFERENCE = date(2024, 6, 15)

def age_in_years(born: date, on: date = REFERENCE) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

def ymd_between(born: date, on: date = REFERENCE):
    years = age_in_years(born, on)
    months = (on.month - born.month - (on.day < born.day)) % 12
    anchor_month = on.month - (on.day < born.day)
    anchor_year = on.year
    if anchor_month == 0:
        anchor_month, anchor_year = 12, anchor_year - 1
    day = min(born.day, calendar.monthrange(anchor_year, anchor_month)[1])
    days = (on - date(anchor_year, anchor_month, day)).days
    return years, months, days

def next_birthday(born: date, on: date = REFERENCE) -> date:
    for year in (on.year, on.year + 1):
        try:
            bday = born.replace(year=year)
        except ValueError:  # Feb 29 in a non-leap year
            bday = date(year, 3, 1)
        if bday >= on:
            return bday
    raise AssertionError

people = {
    "Grace": date(1990, 6, 15),
    "Hiro": date(1985, 12, 31),
    "Leap": date(2000, 2, 29),
    "Maya": date(2010, 6, 16),
    "Omar": date(1969, 7, 20),
    "Baby": date(2024, 1, 31),
}
for name, born in people.items():
    y, m, d = ymd_between(born)
    nb = next_birthday(born)
    print(f"{name:<6} born {born} age {age_in_years(born):>2} ({y}y {m}m {d}d), "
          f"{(REFERENCE - born).days:>6} days old, next birthday {nb} in {(nb - REFERENCE).days} days")

adults = sorted((n for n, b in people.items() if age_in_years(b) >= 18), key=lambda n: people[n])
print("adults, oldest first:", adults)
print("born on a:", {n: b.strftime("%A") for n, b in people.items()})
