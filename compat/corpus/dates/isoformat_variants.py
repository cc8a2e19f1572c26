# isoformat output with separators, timespec and timezone offsets
from datetime import datetime, time, timezone, timedelta

dt = datetime(2024, 8, 1, 6, 7, 8, 91011)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(f"{spec:<13} {dt.isoformat(timespec=spec)}")
print("sep=' ':", dt.isoformat(sep=" "))
print("sep='_':", dt.isoformat("_", "seconds"))
print("no micro auto:", dt.replace(microsecond=0).isoformat())

offsets = [timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-8),
           timedelta(hours=1, seconds=30), timedelta(minutes=-45)]
for off in offsets:
    aware = dt.replace(tzinfo=timezone(off))
    print(f"offset {str(off):>16}: {aware.isoformat(timespec='seconds')}  tzname={aware.tzname()}")
utc = dt.replace(tzinfo=timezone.utc)
print("utc:", utc.isoformat(), "| Z style:", utc.isoformat().replace("+00:00", "Z"))
print("time isoformat:", time(9, 0).isoformat(), time(9, 0, 0, 500).isoformat(),
      time(23, 59, 59, tzinfo=timezone.utc).isoformat(timespec="minutes"))
print("date part:", dt.date().isoformat(), "| time part:", dt.time().isoformat())
print("str():", str(dt), "| str(aware):", str(utc))
print("isocalendar:", dt.isocalendar(), tuple(dt.isocalendar()))
try:
    dt.isoformat(timespec="days")
except ValueError as e:
    print("ValueError:", e)
