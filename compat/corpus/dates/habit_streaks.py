# Track habit streaks from logged dates: current, longest and missed days
from datetime import date, timedelta

log = sorted({
    date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 3), date(2024, 3, 5),
    date(2024, 3, 6), date(2024, 3, 7), date(2024, 3, 8), date(2024, 3, 9),
    date(2024, 3, 10), date(2024, 3, 14), date(2024, 3, 15), date(2024, 3, 17),
    date(2024, 3, 18), date(2024, 3, 19), date(2024, 3, 20),
})
AS_OF = date(2024, 3, 20)

streaks = []
start = prev = log[0]
for d in log[1:]:
    if d - prev == timedelta(days=1):
        prev = d
        continue
    streaks.append((start, prev))
    start = prev = d
streaks.append((start, prev))

for s, e in streaks:
    length = (e - s).days + 1
    print(f"{s:%b %d} - {e:%b %d}: {length} day{'s' if length > 1 else ''} {'*' * length}")

longest = max(streaks, key=lambda se: (se[1] - se[0]).days)
current = streaks[-1] if streaks[-1][1] >= AS_OF - timedelta(days=1) else None
print("longest streak:", (longest[1] - longest[0]).days + 1, "days, starting", longest[0])
print("current streak:", (current[1] - current[0]).days + 1 if current else 0)

span = [log[0] + timedelta(days=i) for i in range((AS_OF - log[0]).days + 1)]
missed = [d for d in span if d not in log]
print("missed:", ", ".join(d.strftime("%a %d") for d in missed))
print(f"completion rate: {len(log) / len(span):.1%}")
print("week view:")
print("  " + " ".join(name[:2] for name in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")))
cursor = log[0] - timedelta(days=log[0].weekday())
while cursor <= AS_OF:
    row = []
    for i in range(7):
        d = cursor + timedelta(days=i)
        row.append(" x" if d in log else (" ." if log[0] <= d <= AS_OF else "  "))
    print(" " + " ".join(row))
    cursor += timedelta(days=7)
