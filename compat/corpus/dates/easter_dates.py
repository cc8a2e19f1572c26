# Compute Western Easter dates with the anonymous Gregorian algorithm and related movable feasts
from datetime import date, timedelta

def easter(year: int) -> date:
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)

print(f"{'year':>4}  {'Easter':<12} {'Ash Wed':<12} {'Good Fri':<12} {'Pentecost':<12}")
for year in range(2020, 2031):
    e = easter(year)
    print(f"{year:>4}  {e!s:<12} {e - timedelta(days=46)!s:<12} {e - timedelta(days=2)!s:<12} {e + timedelta(days=49)!s:<12}")

dates = [easter(y) for y in range(1900, 2100)]
earliest = min(dates, key=lambda d: (d.month, d.day))
latest = max(dates, key=lambda d: (d.month, d.day))
print("earliest 1900-2099:", earliest, "latest:", latest)
march = sum(1 for d in dates if d.month == 3)
print(f"Easter in March {march} times, April {len(dates) - march} times")
print("all Sundays:", all(d.weekday() == 6 for d in dates))
from collections import Counter
common = Counter((d.month, d.day) for d in dates).most_common(3)
print("most common dates:", [(f"{m}/{dd}", n) for (m, dd), n in common])
