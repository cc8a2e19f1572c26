# Clean raw temperature strings through a map/filter pipeline and summarise
raw = ["21.5", "  22.0", "n/a", "19.8C", "", "23.1", "-1000", "20.4 ", "err", "24.9", "22.2"]

def parse(s):
    s = s.strip().rstrip("C")
    try:
        return float(s)
    except ValueError:
        return None

parsed = list(map(parse, raw))
print("parsed:", parsed)
valid = list(filter(lambda t: t is not None and -50 < t < 60, parsed))
print("valid:", valid)
fahrenheit = list(map(lambda c: round(c * 9 / 5 + 32, 1), valid))
print("fahrenheit:", fahrenheit)
print(f"dropped {len(raw) - len(valid)} of {len(raw)} readings")
pairs = list(zip(valid, fahrenheit))
for c, f in sorted(pairs)[:3]:
    print(f"  {c:5.1f}°C = {f:5.1f}°F")
above = sum(1 for t in valid if t > sum(valid) / len(valid))
print("above average:", above)
print("any below 20:", any(t < 20 for t in valid), "| all below 25:", all(t < 25 for t in valid))
indexed = [i for i, v in enumerate(parsed) if v is None]
print("bad indexes:", indexed, "->", [raw[i] for i in indexed])
