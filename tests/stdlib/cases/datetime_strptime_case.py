# datetime as CPython's datetime.py: strptime, strftime directives, fromisoformat (3.11),
# timezone and astimezone, with C datetime's error messages.
from datetime import date, datetime, time, timedelta, timezone
import datetime as dtmod

print(datetime.strptime("2024-06-15 14:30", "%Y-%m-%d %H:%M"), datetime.strptime("15/Jun/2024:10:00:00 +0200", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.strptime("Sat Jun 15 14:30:00 2024", "%c"), datetime.strptime("06/15/24 02:30 PM", "%m/%d/%y %I:%M %p"))
print(datetime.strptime("2024-W24-6", "%G-W%V-%u"), datetime.strptime("2024 167", "%Y %j"), datetime.strptime("1.5", "%S.%f"))
print(datetime.strptime("Monday 3 March 2025", "%A %d %B %Y").date(), datetime.strptime("2024-01-01T00:00:00Z", "%Y-%m-%dT%H:%M:%S%z"))
print(date(2024, 1, 9).strftime("%e|%d|%j|%a %A %b %B %U %W %G %V %u %C %y %D %F"), datetime(2024, 1, 9, 15, 4, 5, 123).strftime("%I %p %H:%M:%S.%f %T %R %r %k %l"))
print(f"{datetime(2024, 5, 17, 8, 30):%Y/%m/%d %H.%M} {date(2024, 12, 25):%A, %B %-d}", datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z %Z %:z" if False else "%z %Z"))
for s in ("2024-05-17 13:45:30.5", "2024-05-17T13:45:30+05:30", "2024-05-17T13:45Z", "20240517T134530", "2024-05-17T13:45:30.123456-03:00", "2024-W20-5", "2024-05-17 13"):
    try:
        print(s, "->", repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "-> ValueError", e)
print(date.fromisoformat("20240517"), time.fromisoformat("13:45:30.5+01:00"), time.fromisoformat("T1345"))
u = datetime(2024, 3, 10, 5, tzinfo=timezone.utc)
print(u.astimezone(timezone(timedelta(hours=-5))), u.astimezone(timezone(timedelta(hours=5, minutes=30), "IST")), timezone(timedelta(0)), timezone.utc)
print(repr(timezone(timedelta(hours=-3))), timezone(timedelta(minutes=90)).tzname(None), repr(datetime(2024, 1, 1, tzinfo=timezone.utc)))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2024, 1, 1).timestamp())
for bad in (lambda: timezone(timedelta(hours=25)), lambda: datetime.strptime("2024", "%Y-%m"), lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"),
            lambda: datetime(2024, 2, 30), lambda: date.fromisoformat("2024-1-1"), lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: timedelta(days=10**9), lambda: datetime.strptime("x", "%Q")):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC if hasattr(dtmod, "UTC") else "-", date.today() > date(2020, 1, 1), type(datetime.now()).__name__)
import datetime as d
for f in (lambda: d.date.fromisoformat('2024-02-30'), lambda: d.time.fromisoformat('24:00'), lambda: d.datetime.fromisoformat('2024-02-30T10:00'), lambda: d.datetime.fromisoformat('2024-02-10T25:00'), lambda: d.time.fromisoformat('12:61'), lambda: d.date.fromisoformat('2024-W54-1'), lambda: d.date(9999,12,31)+d.timedelta(1), lambda: d.datetime(9999,12,31)+d.timedelta(1), lambda: d.date.fromisoformat('2024-13-01'), lambda: d.date.fromordinal(0), lambda: d.date(2024,1,1).isocalendar()):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(repr(d.date(2024,1,1).isocalendar()))
