# enumerate with start, zip and zip(strict=True) for aligning columns; the strict mismatch ends the run
headers = ["name", "qty", "unit_price"]
rows = [
    ["widget", "4", "2.50"],
    ["gadget", "1", "10.00"],
    ["doohickey", "12", "0.75"],
]

records = [dict(zip(headers, row, strict=True)) for row in rows]
for lineno, rec in enumerate(records, start=2):
    total = int(rec["qty"]) * float(rec["unit_price"])
    print(f"line {lineno}: {rec['name']:10} total={total:6.2f}")

names, qtys, prices = zip(*rows)
print("columns:", names, qtys, prices)
print("transposed back:", [list(r) for r in zip(names, qtys, prices)] == rows)

for i, (a, b) in enumerate(zip("abc", "xyz")):
    print(i, a + b, end="; ")
print()
print("enumerate from 1:", list(enumerate(["first", "second"], 1)))
print("zip of unequal (silent truncation):", list(zip([1, 2, 3], "ab")))
indexed = {name: i for i, name in enumerate(headers)}
print("column index:", indexed)

try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)

late_rows = rows + [["sprocket", "3"]]
print("validating", len(late_rows), "rows strictly...")
for row in late_rows:
    rec = dict(zip(headers, row, strict=True))
    print("ok:", rec["name"])
