# Compute US federal holidays for several years using nth-weekday rules and observed dates
from datetime import date, timedelta

def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)

def observed(d: date) -> date:
    if d.weekday() == 5:
        return d - timedelta(days=1)
    if d.weekday() == 6:
        return d + timedelta(days=1)
    return d

MON, THU = 0, 3
def holidays(year: int) -> dict[str, date]:
    return {
        "New Year's Day": observed(date(year, 1, 1)),
        "MLK Day": nth_weekday(year, 1, MON, 3),
        "Presidents' Day": nth_weekday(year, 2, MON, 3),
        "Memorial Day": nth_weekday(year, 5, MON, -1),
        "Juneteenth": observed(date(year, 6, 19)),
        "Independence Day": observed(date(year, 7, 4)),
        "Labor Day": nth_weekday(year, 9, MON, 1),
        "Columbus Day": nth_weekday(year, 10, MON, 2),
        "Veterans Day": observed(date(year, 11, 11)),
        "Thanksgiving": nth_weekday(year, 11, THU, 4),
        "Christmas": observed(date(year, 12, 25)),
    }

years = [2023, 2024, 2025, 2026]
print(f"{'holiday':<18}" + "".join(f"{y:>14}" for y in years))
table = {y: holidays(y) for y in years}
for name in table[years[0]]:
    print(f"{name:<18}" + "".join(f"{table[y][name]:%a %b %d}".rjust(14) for y in years))
print()
for y in years:
    moved = [n for n, d in table[y].items() if d.weekday() in (0, 4) and n in
             ("New Year's Day", "Juneteenth", "Independence Day", "Veterans Day", "Christmas")]
    long_weekends = sum(1 for d in table[y].values() if d.weekday() in (0, 4))
    print(f"{y}: {long_weekends} long weekends; Mon/Fri fixed-date holidays: {moved}")
