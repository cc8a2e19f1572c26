# Parsing user input with int()/float() and catching ValueError messages per field
rows = [
    {"id": "1", "qty": "5", "price": "9.99", "code": "ff"},
    {"id": "2", "qty": "five", "price": "3.50", "code": "1a"},
    {"id": "x3", "qty": "2", "price": "1e3", "code": "zz"},
    {"id": "4", "qty": "", "price": "nan", "code": "10"},
    {"id": " 5 ", "qty": "3.0", "price": "$4", "code": "0x1f"},
    {"id": "6", "qty": "1_000", "price": "inf", "code": "-7"},
]

parsers = {
    "id": int,
    "qty": int,
    "price": float,
    "code": lambda s: int(s, 16),
}

good, errors = [], []
for row in rows:
    parsed = {}
    for field, text in row.items():
        try:
            parsed[field] = parsers[field](text)
        except ValueError as e:
            errors.append((row["id"].strip(), field, str(e)))
    if len(parsed) == len(row):
        good.append(parsed)

for g in good:
    print("ok  ", g)
for rid, field, msg in errors:
    print(f"err  id={rid:<3} {field:<6} {msg}")

for text, base in [("101", 2), ("777", 8), ("z", 36), ("12", 2), ("9", 40)]:
    try:
        print(f"int({text!r}, {base}) = {int(text, base)}")
    except ValueError as e:
        print(f"int({text!r}, {base}) -> ValueError: {e}")
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
