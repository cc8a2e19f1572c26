# Tour of strftime directives on a fixed datetime
from datetime import datetime, timezone, timedelta

dt = datetime(2024, 3, 9, 14, 5, 7, 123456, tzinfo=timezone(timedelta(hours=-5), "EST"))
directives = ["%a", "%A", "%w", "%d", "%b", "%B", "%m", "%y", "%Y", "%H", "%I", "%p",
              "%M", "%S", "%f", "%z", "%Z", "%j", "%U", "%W", "%c", "%x", "%X", "%%",
              "%G", "%u", "%V", "%e", "%D", "%T", "%R", "%r", "%h", "%C", "%F", "%n"]
for d in directives:
    print(f"{d:>3} -> {dt.strftime(d)!r}")

print()
formats = [
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y",
    "%m/%d/%y %I:%M %p",
    "%A, %B %d, %Y",
    "%a %d %b %Y %H:%M:%S %z",
    "%Y%m%dT%H%M%S",
    "Week %W of %Y, day %j",
    "%H:%M:%S.%f",
]
for f in formats:
    print(f"{f:<26} {dt.strftime(f)}")
naive = dt.replace(tzinfo=None)
print("naive %z/%Z:", repr(naive.strftime("%z|%Z")))
print("midnight 12h:", datetime(2024, 1, 1, 0, 0).strftime("%I:%M %p"), datetime(2024, 1, 1, 12, 0).strftime("%I:%M %p"))
