# Read JSON Lines with some corrupt rows, collect errors with line numbers, keep valid records
import json

RAW = """{"id": 1, "temp": 21.5, "sensor": "a"}
{"id": 2, "temp": 22.1, "sensor": "b"}
{"id": 3, "temp": , "sensor": "a"}

{"id": 4, "temp": 19.8, "sensor": "c"}
{"id": 5 "temp": 20.0}
not json at all
{"id": 6, "temp": 23.4, "sensor": "b"}
["not", "an", "object"]
{"id": 7, "temp": 18.9, "sensor": "a"}"""

valid, errors = [], []
for lineno, line in enumerate(RAW.splitlines(), start=1):
    if not line.strip():
        continue
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        errors.append((lineno, f"{exc.msg} at column {exc.colno}"))
        continue
    if not isinstance(rec, dict):
        errors.append((lineno, f"expected object, got {type(rec).__name__}"))
        continue
    valid.append(rec)

print(f"{len(valid)} valid records, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno}: {msg}")
by_sensor = {}
for r in valid:
    by_sensor.setdefault(r["sensor"], []).append(r["temp"])
for sensor, temps in sorted(by_sensor.items()):
    print(f"sensor {sensor}: n={len(temps)} mean={sum(temps) / len(temps):.2f}")
print(json.dumps({"ids": [r["id"] for r in valid], "error_lines": [l for l, _ in errors]}))
