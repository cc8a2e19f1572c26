# Parse dates in many formats with datetime.strptime and handle failures
from datetime import datetime

samples = [
    ("2024-03-15 08:45:00", "%Y-%m-%d %H:%M:%S"),
    ("15/03/2024", "%d/%m/%Y"),
    ("03/15/24 8:45 PM", "%m/%d/%y %I:%M %p"),
    ("Friday, March 15, 2024", "%A, %B %d, %Y"),
    ("15-Mar-2024", "%d-%b-%Y"),
    ("20240315T084500", "%Y%m%dT%H%M%S"),
    ("2024-03-15T08:45:00.123456", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024-03-15 08:45:00 +0530", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-15T08:45:00Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-075", "%Y-%j"),
    ("1999 12 31 23 59", "%Y %m %d %H %M"),
    ("69-01-01", "%y-%m-%d"),
    ("68-01-01", "%y-%m-%d"),
]
for text, fmt in samples:
    dt = datetime.strptime(text, fmt)
    tz = dt.utcoffset()
    print(f"{text!r:<34} -> {dt.isoformat():<32} offset={tz}")

def parse_any(text: str):
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%b %d %Y", "%Y/%m/%d %H:%M"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None

for t in ["2024-02-29", "29.02.2024", "Feb 29 2024", "2024/02/29 13:00", "2023-02-29", "tomorrow"]:
    print(f"parse_any({t!r}) = {parse_any(t)}")

for bad, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("12:61", "%H:%M")]:
    try:
        datetime.strptime(bad, fmt)
    except ValueError as e:
        print(f"ValueError: {e}")
