# Convert meeting times between fixed-offset timezones
from datetime import datetime, timedelta, timezone

zones = {
    "UTC": timezone.utc,
    "New York (EST)": timezone(timedelta(hours=-5), "EST"),
    "London (GMT)": timezone(timedelta(0), "GMT"),
    "Berlin (CET)": timezone(timedelta(hours=1), "CET"),
    "Mumbai (IST)": timezone(timedelta(hours=5, minutes=30), "IST"),
    "Kathmandu": timezone(timedelta(hours=5, minutes=45)),
    "Tokyo (JST)": timezone(timedelta(hours=9), "JST"),
    "Honolulu": timezone(-timedelta(hours=10)),
}

meeting = datetime(2024, 1, 23, 15, 0, tzinfo=zones["Berlin (CET)"])
print("Meeting scheduled:", meeting.isoformat())
for name, tz in zones.items():
    local = meeting.astimezone(tz)
    day_shift = (local.date() - meeting.date()).days
    marker = f" ({day_shift:+d} day)" if day_shift else ""
    print(f"  {name:<16} {local:%Y-%m-%d %H:%M} {local.tzname():<10} {local.utcoffset()}{marker}")

print()
print("repr:", repr(zones["Mumbai (IST)"]), repr(timezone.utc))
print("str:", str(zones["Kathmandu"]), str(zones["Honolulu"]))
a = datetime(2024, 1, 23, 9, 0, tzinfo=zones["New York (EST)"])
b = datetime(2024, 1, 23, 14, 0, tzinfo=timezone.utc)
print("same instant:", a == b, "difference:", b - a)
c = datetime(2024, 1, 24, 0, 30, tzinfo=zones["Tokyo (JST)"])
print("Tokyo 00:30 vs NY 09:00 diff:", a - c)
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) < b
except TypeError as e:
    print("TypeError:", e)
