from datetime import date, datetime, time, timedelta, timezone

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds() == 93784.000005, -td, abs(-td), td * 2, td / 2, td // 3)
print(timedelta(hours=-1), repr(timedelta(0)), timedelta(weeks=1, milliseconds=1.5), timedelta(seconds=0.5))
print(td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(days=1)))
print(timedelta(days=2) > timedelta(hours=47), timedelta(1) == timedelta(hours=24), bool(timedelta(0)))
print(timedelta.max, timedelta.min, timedelta.resolution)

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 1, 1), d.weekday(), d.isoweekday())
print(tuple(d.isocalendar()), d.toordinal(), date.fromordinal(d.toordinal()) == d, d.replace(day=1))
print(date.fromisoformat("2021-12-31"), date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar()[:2])
print(d.strftime("%Y-%m-%d %a %A %b %B %j %U %W %w %u %y %%"), d.ctime(), d.timetuple()[:8])
print(date(2000, 1, 1) < date(2000, 1, 2), date.max, date.min, date(2024, 12, 30).isocalendar()[:2])

t = time(13, 5, 9, 123456)
print(t, repr(t), t.isoformat("minutes"), t.isoformat("milliseconds"), repr(time()), time(1, 2, 3))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("04:23"), t.strftime("%I:%M %p %f"))
print(time(12, tzinfo=timezone.utc), time(1) < time(2), time.max)

dt = datetime(2024, 2, 29, 23, 59, 30, 250)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), repr(datetime(2024, 1, 1)))
print(dt + timedelta(seconds=45), dt - timedelta(days=366), dt - datetime(2024, 1, 1), dt.date(), dt.time())
print(dt.strftime("%d/%m/%Y %H:%M:%S.%f %j %c"), dt.replace(year=2023, day=28), dt.timetuple()[:8])
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.fromisoformat("2011-11-04T00:05:23"))
print(datetime.fromisoformat("2011-11-04 00:05:23.283+05:30"), datetime.fromisoformat("2011-11-04"))
print(datetime.fromisoformat("2024-01-02T03:04:05Z"), datetime.fromisoformat("20240102T030405"))

utc = timezone.utc
east = timezone(timedelta(hours=5, minutes=30))
west = timezone(timedelta(hours=-8), "PST")
aware = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.timestamp(), aware.utcoffset(), aware.tzname())
print(aware.astimezone(east), aware.astimezone(west), aware.astimezone(west).tzname(), str(east), repr(west))
print(aware == aware.astimezone(east), aware.astimezone(east) - aware.astimezone(west), hash(aware) == hash(aware.astimezone(west)))
print(datetime.fromtimestamp(1700000000, utc), datetime.fromtimestamp(1700000000.25, east), datetime.fromtimestamp(0, utc).isoformat())
print(aware.strftime("%H:%M %z %Z"), datetime(2024, 1, 1, tzinfo=west).strftime("%z %Z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(repr(utc), repr(timezone(timedelta(hours=1))), timezone(timedelta(0)).tzname(None), timezone(timedelta(minutes=-90)).tzname(None))
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
try:
    datetime(2024, 1, 1) < aware
except TypeError as e:
    print("TypeError", e)
for bad in ((2023, 2, 29), (2024, 13, 1), (0, 1, 1)):
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)
now = datetime.now()
print(type(now).__name__, now.year >= 2024, datetime.now(utc).tzinfo is utc, date.today().year >= 2024)
