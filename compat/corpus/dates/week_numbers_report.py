# Group sales records by ISO week and by %U/%W week numbers, and map weeks back to dates
from datetime import date, timedelta
from collections import defaultdict

sales = [
    (date(2023, 12, 29), 120), (date(2023, 12, 31), 75), (date(2024, 1, 1), 200),
    (date(2024, 1, 3), 90), (date(2024, 1, 7), 60), (date(2024, 1, 8), 310),
    (date(2024, 1, 14), 45), (date(2024, 1, 15), 130), (date(2024, 12, 30), 400),
    (date(2024, 12, 31), 220), (date(2025, 1, 2), 180),
]

weekly = defaultdict(int)
for d, amount in sales:
    iso = d.isocalendar()
    weekly[(iso.year, iso.week)] += amount
for (y, w), total in sorted(weekly.items()):
    monday = date.fromisocalendar(y, w, 1)
    sunday = date.fromisocalendar(y, w, 7)
    print(f"{y}-W{w:02d} ({monday:%b %d} - {sunday:%b %d}): {total:>5}")

print()
print(f"{'date':<12}{'iso':>10}{'%U':>5}{'%W':>5}{'%V':>5}{'%G':>6}{'wd':>4}")
for d, _ in sales:
    y, w, wd = d.isocalendar()
    iso_label = f"{y}-{w:02d}"
    u, w_mon, v, g = d.strftime("%U %W %V %G").split()
    print(f"{d!s:<12}{iso_label:>10}{u:>5}{w_mon:>5}{v:>5}{g:>6}{wd:>4}")

def weeks_in_year(year: int) -> int:
    return date(year, 12, 28).isocalendar().week

print()
print("ISO weeks per year:", {y: weeks_in_year(y) for y in range(2018, 2029)})
print("Week 53 years:", [y for y in range(2000, 2040) if weeks_in_year(y) == 53])
start = date.fromisocalendar(2024, 10, 1)
print("Sprint 2024-W10..W11:", start, "to", start + timedelta(days=13))
