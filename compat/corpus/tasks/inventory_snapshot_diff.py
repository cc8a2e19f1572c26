# Compare two CSV inventory snapshots keyed by SKU and report added, removed and changed rows
import csv
import io

YESTERDAY = """sku,name,qty,price,location
A100,Hex bolt M8,500,0.12,R1-S3
A101,Hex nut M8,800,0.05,R1-S3
B200,Drill bit 6mm,40,3.90,R4-S1
C300,Safety gloves L,25,6.50,R9-S2
D400,Cable ties 200mm,1000,0.02,R2-S5
"""
TODAY = """sku,name,qty,price,location
A100,Hex bolt M8,450,0.12,R1-S3
A101,Hex nut M8,800,0.06,R1-S4
C300,Safety gloves (L),25,6.50,R9-S2
D400,Cable ties 200mm,1000,0.02,R2-S5
E500,Ear plugs (box),60,4.25,R9-S1
"""
NUMERIC = {"qty": int, "price": float}


def load(text):
    rows = {}
    for row in csv.DictReader(io.StringIO(text)):
        for key, conv in NUMERIC.items():
            row[key] = conv(row[key])
        rows[row["sku"]] = row
    return rows


def diff(old, new):
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    changed = {}
    for sku in sorted(old.keys() & new.keys()):
        fields = {k: (old[sku][k], new[sku][k]) for k in old[sku] if old[sku][k] != new[sku][k]}
        if fields:
            changed[sku] = fields
    return added, removed, changed


def describe(field_name, before, after):
    if field_name == "qty":
        return f"qty {before} -> {after} ({after - before:+d})"
    if field_name == "price":
        pct = (after - before) / before * 100
        return f"price {before:.2f} -> {after:.2f} ({pct:+.1f}%)"
    return f"{field_name} {before!r} -> {after!r}"


old, new = load(YESTERDAY), load(TODAY)
added, removed, changed = diff(old, new)
print(f"snapshot sizes: {len(old)} -> {len(new)}")
for sku in added:
    r = new[sku]
    print(f"+ {sku} {r['name']} (qty {r['qty']} @ {r['price']:.2f})")
for sku in removed:
    r = old[sku]
    print(f"- {sku} {r['name']} (had {r['qty']})")
for sku, fields in changed.items():
    print(f"~ {sku}: " + "; ".join(describe(k, *v) for k, v in fields.items()))
unchanged = sorted(old.keys() & new.keys() - changed.keys())
print("unchanged:", unchanged)
value_old = sum(r["qty"] * r["price"] for r in old.values())
value_new = sum(r["qty"] * r["price"] for r in new.values())
print(f"stock value: {value_old:.2f} -> {value_new:.2f} ({value_new - value_old:+.2f})")

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["sku", "change", "detail"])
for sku in added:
    w.writerow([sku, "added", new[sku]["name"]])
for sku in removed:
    w.writerow([sku, "removed", old[sku]["name"]])
for sku, fields in changed.items():
    w.writerow([sku, "changed", ", ".join(sorted(fields))])
print(out.getvalue(), end="")
