from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

ny = ZoneInfo("America/New_York")
berlin = ZoneInfo("Europe/Berlin")
for month in (1, 7):
    d = datetime(2024, month, 15, 12, 0, tzinfo=ny)
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(berlin))
# DST transitions: the gap and the fold
print(datetime(2024, 3, 10, 2, 30, tzinfo=ny).utcoffset(), datetime(2024, 11, 3, 1, 30, tzinfo=ny).utcoffset(),
      datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny).utcoffset())
u = datetime(2024, 3, 31, 0, 30, tzinfo=timezone.utc)
for h in range(4):
    t = (u + timedelta(hours=h)).astimezone(berlin)
    print(t.isoformat(), t.tzname())
print(ZoneInfo("Asia/Tokyo").utcoffset(datetime(2024, 1, 1)), ZoneInfo("UTC"), repr(ZoneInfo("Asia/Kolkata")))
print(ZoneInfo("Australia/Lord_Howe").utcoffset(datetime(2024, 1, 1)), ZoneInfo("Pacific/Chatham").tzname(datetime(2024, 7, 1)))
print(ZoneInfo("America/New_York") is ny, len(available_timezones()) > 400, "Europe/London" in available_timezones())
print(datetime(2038, 7, 1, tzinfo=berlin).tzname(), datetime(1900, 1, 1, tzinfo=berlin).utcoffset())
for bad in ("Mars/Olympus", "../etc/passwd", "", "/abs"):
    try:
        ZoneInfo(bad)
    except (ZoneInfoNotFoundError, ValueError) as e:
        print(type(e).__name__, e)
