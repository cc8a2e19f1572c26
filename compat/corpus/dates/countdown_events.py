# Countdown to upcoming events from a fixed "now", with human-friendly descriptions
from datetime import datetime, timedelta

NOW = datetime(2024, 11, 20, 14, 30, 0)
events = {
    "Standup": datetime(2024, 11, 21, 9, 30),
    "Black Friday": datetime(2024, 11, 29, 0, 0),
    "Quarter close": datetime(2024, 12, 31, 23, 59, 59),
    "Conference": datetime(2025, 3, 12, 9, 0),
    "Launch party": datetime(2024, 11, 20, 18, 0),
    "Retro (past)": datetime(2024, 11, 18, 16, 0),
    "Coffee": datetime(2024, 11, 20, 14, 31, 30),
}

def describe(delta: timedelta) -> str:
    future = delta >= timedelta(0)
    d = abs(delta)
    if d < timedelta(minutes=1):
        text = f"{d.seconds} seconds"
    elif d < timedelta(hours=1):
        text = f"{d.seconds // 60} minutes"
    elif d < timedelta(days=1):
        text = f"{d.seconds // 3600} hours {d.seconds % 3600 // 60} minutes"
    elif d < timedelta(days=14):
        text = f"{d.days} days {d.seconds // 3600} hours"
    else:
        text = f"{d.days // 7} weeks {d.days % 7} days"
    return f"in {text}" if future else f"{text} ago"

print(f"Now: {NOW:%A %d %B %Y %H:%M}")
for name, when in sorted(events.items(), key=lambda kv: kv[1]):
    delta = when - NOW
    print(f"{name:<14} {when:%Y-%m-%d %H:%M}  {describe(delta):<24} ({delta.total_seconds():>12,.0f} s)")

upcoming = [n for n, w in events.items() if w > NOW]
nxt = min(upcoming, key=lambda n: events[n])
print("next event:", nxt)
print("sleeps until Conference:", (events["Conference"].date() - NOW.date()).days)
