# World clock table for a fixed UTC instant across several IANA zones
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ZONES = ["UTC", "America/Los_Angeles", "America/New_York", "America/Sao_Paulo", "Europe/London",
         "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland"]
INSTANTS = [datetime(2024, 1, 15, 12, 0, tzinfo=timezone.utc), datetime(2024, 7, 15, 12, 0, tzinfo=timezone.utc)]

for instant in INSTANTS:
    print(f"== {instant:%Y-%m-%d %H:%M} UTC ==")
    for name in ZONES:
        local = instant.astimezone(ZoneInfo(name))
        off = local.utcoffset()
        hours = off.total_seconds() / 3600
        day = (local.date() - instant.date()).days
        flag = {-1: " (yesterday)", 1: " (tomorrow)"}.get(day, "")
        dst = "DST" if local.dst() else ""
        print(f"  {name:<22} {local:%a %H:%M} {local.tzname():<6} UTC{hours:+05.1f} {dst:<3}{flag}")

sydney, berlin = ZoneInfo("Australia/Sydney"), ZoneInfo("Europe/Berlin")
for instant in INSTANTS:
    diff = instant.astimezone(sydney).utcoffset() - instant.astimezone(berlin).utcoffset()
    print(f"Sydney ahead of Berlin on {instant:%b %d}: {diff.total_seconds() / 3600:g} hours")
print("key:", ZoneInfo("Asia/Kolkata").key, "| str:", str(ZoneInfo("Europe/London")))
