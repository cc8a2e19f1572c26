# Format and parse RFC 2822 / HTTP dates with email.utils for fixed instants
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime, parsedate_to_datetime, formatdate, parsedate_tz, mktime_tz

instant = datetime(2024, 4, 5, 7, 8, 9, tzinfo=timezone.utc)
print("format_datetime:", format_datetime(instant))
print("usegmt=True:   ", format_datetime(instant, usegmt=True))
print("with offset:   ", format_datetime(instant.astimezone(timezone(timedelta(hours=-7)))))
print("formatdate(ts):", formatdate(1_712_300_889, usegmt=True))
print("formatdate localtime=False:", formatdate(0))

headers = [
    "Fri, 05 Apr 2024 07:08:09 +0000",
    "Fri, 05 Apr 2024 07:08:09 GMT",
    "Thu, 4 Apr 2024 23:08:09 -0800",
    "5 Apr 2024 16:08:09 +0900",
    "Fri, 05 Apr 2024 07:08:09 -0000",
    "Sun, 06 Nov 1994 08:49:37 GMT",
]
for h in headers:
    dt = parsedate_to_datetime(h)
    print(f"{h:<34} -> {dt.isoformat():<26} UTC {dt.astimezone(timezone.utc):%H:%M:%S} same={dt == instant}")

tup = parsedate_tz("Thu, 4 Apr 2024 23:08:09 -0800")
print("parsedate_tz:", tup)
print("mktime_tz:", mktime_tz(tup))

# HTTP caching example
last_modified = parsedate_to_datetime("Wed, 03 Apr 2024 12:00:00 GMT")
request_time = datetime(2024, 4, 5, 7, 8, 9, tzinfo=timezone.utc)
age = request_time - last_modified
max_age = timedelta(days=1)
print(f"resource age {age}, stale={age > max_age}")
expires = request_time + timedelta(hours=6)
print("Expires:", format_datetime(expires, usegmt=True))
