# Format dates inside f-strings and str.format using format specs
from datetime import date, datetime, time

events = [
    ("Kickoff", datetime(2024, 1, 8, 9, 30)),
    ("Design review", datetime(2024, 2, 14, 15, 0)),
    ("Beta release", datetime(2024, 5, 31, 23, 59, 59)),
    ("Launch", datetime(2024, 9, 2, 10, 0)),
]
for name, when in events:
    print(f"{name:<14} {when:%Y-%m-%d} {when:%a %H:%M} (week {when:%V}, Q{(when.month - 1) // 3 + 1})")

d = date(2024, 12, 25)
print(f"{d}")
print(f"{d!r}")
print(f"{d:%d.%m.%Y}")
print(f"{d:%B %-d}" if False else f"{d:%B} {d.day}")
print(f"[{d:%Y-%m-%d}] [{d!s:>14}] [{str(d):*^16}]")
print("{:%A} is day {:%j}".format(d, d))
print("{0:%b} {0.day}, {0.year}".format(d))
t = time(7, 5, 3)
print(f"time: {t} {t:%H.%M} {t:%I:%M %p} {t.isoformat(timespec='minutes')}")
print(f"empty spec: {datetime(2024, 6, 1, 8, 0):}")
log_line = f"{datetime(2024, 6, 1, 8, 0, 0, 250000):%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z"
print("log:", log_line)
width = 12
print(f"{'when':>{width}} | {'what'}")
for name, when in events[:2]:
    print(f"{when:%d %b %y}".rjust(width), "|", name)
