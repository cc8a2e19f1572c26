# Parsing semi-structured text with str methods only: split, strip, partition, replace.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 40000

CITIES = ["  Berlin", "Paris ", "london", "NEW YORK", "tokyo  ", "São Paulo", "Zürich"]


def make_text(n):
    out = ["# exported report", "id, name , city , amount , tags", ""]
    for i in range(n):
        amount = "%d.%02d" % ((i * 37) % 5000, (i * 13) % 100)
        if i % 11 == 0:
            amount = "$" + amount
        tags = ";".join(t for k, t in enumerate(("new", "vip", "late", "refund")) if (i >> k) & 1)
        out.append(" %d ,  user_%s ,%s, %s , %s " % (i, hex(i * 7919)[2:], CITIES[i % 7], amount, tags))
        if i % 500 == 0:
            out.append("   ")
            out.append("# page %d" % (i // 500))
    return "\n".join(out)


def parse(text):
    header = None
    rows = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(",")]
        if header is None:
            header = [h.lower().replace(" ", "_") for h in fields]
            continue
        row = dict(zip(header, fields))
        row["city"] = row["city"].title()
        amount = row["amount"].lstrip("$")
        whole, _, cents = amount.partition(".")
        row["cents"] = int(whole) * 100 + int(cents or "0")
        row["tags"] = [t for t in row["tags"].split(";") if t]
        rows.append(row)
    return header, rows


header, rows = parse(make_text(N))
print("header", header)
print("rows", len(rows))
per_city = {}
for r in rows:
    per_city[r["city"]] = per_city.get(r["city"], 0) + r["cents"]
for city in sorted(per_city):
    c = per_city[city]
    print("%-10s %12s" % (city, "{:,}.{:02d}".format(c // 100, c % 100)))
vip = [r["name"] for r in rows if "vip" in r["tags"] and r["name"].endswith(("a", "b", "c"))]
print("vip names", len(vip), vip[:3])
joined = "|".join(r["name"].upper().center(14, ".") for r in rows[:3])
print(joined, joined.count("USER"), joined.find("_1"), joined.rfind("."))
