# Python 3.11 fromisoformat accepts many ISO 8601 variants; show parsed results
from datetime import date, datetime, time

dt_inputs = [
    "2024-05-17",
    "2024-05-17T13:45",
    "2024-05-17T13:45:30",
    "2024-05-17 13:45:30.5",
    "2024-05-17T13:45:30.123456",
    "2024-05-17T13:45:30Z",
    "2024-05-17T13:45:30+02:00",
    "2024-05-17T13:45:30-0330",
    "20240517T134530",
    "2024-W20-5T08:00",
    "2024-138",
    "2024-05-17T13",
    "2024-05-17T13:45:30.123+05:30",
]
for s in dt_inputs:
    try:
        dt = datetime.fromisoformat(s)
        print(f"{s:<32} -> {dt!r}")
    except ValueError as e:
        print(f"{s:<32} -> ValueError: {e}")

print()
for s in ["2024-05-17", "20240517", "2024-W01-1", "2023-W52-7", "2024-02-30"]:
    try:
        print(f"date.fromisoformat({s!r}) = {date.fromisoformat(s)}")
    except ValueError as e:
        print(f"date.fromisoformat({s!r}) failed: {e}")

for s in ["13:45", "13:45:30.250", "T134530", "13:45:30+01:00", "13:45:30Z", "24:00"]:
    try:
        print(f"time.fromisoformat({s!r}) = {time.fromisoformat(s)!r}")
    except ValueError as e:
        print(f"time.fromisoformat({s!r}) failed: {e}")

roundtrip = datetime(2024, 5, 17, 13, 45, 30, 1000)
print("round trip:", datetime.fromisoformat(roundtrip.isoformat()) == roundtrip)
