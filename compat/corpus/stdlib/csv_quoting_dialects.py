# Write and read CSV with different quoting modes and a registered custom dialect
import csv
import io

rows = [
    ["id", "name", "note", "amount"],
    [1, "Widget, large", 'says "hi"', 9.5],
    [2, "Gadget", "", 12],
    [3, "Line\nbreak", "plain", -0.25],
]

for mode in ("QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"):
    buf = io.StringIO()
    csv.writer(buf, quoting=getattr(csv, mode)).writerows(rows)
    print(f"--- {mode}")
    print(buf.getvalue(), end="")

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", "c", 'd"e'])
print("--- QUOTE_NONE:", buf.getvalue(), end="")

csv.register_dialect("pipes", delimiter="|", quotechar="'", lineterminator="\n",
                     skipinitialspace=True, quoting=csv.QUOTE_MINIMAL)
buf = io.StringIO()
csv.writer(buf, dialect="pipes").writerows([["x", "y|z", "it's"], [1, 2, 3]])
print("--- pipes")
print(buf.getvalue(), end="")
back = list(csv.reader(io.StringIO(buf.getvalue()), dialect="pipes"))
print(back)
print(sorted(d for d in csv.list_dialects() if d in ("excel", "excel-tab", "pipes", "unix")))
d = csv.get_dialect("pipes")
print(repr(d.delimiter), repr(d.quotechar), d.skipinitialspace)

nonnum = io.StringIO('"a",1,2.5,"3"\n')
print(list(csv.reader(nonnum, quoting=csv.QUOTE_NONNUMERIC)))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("csv.Error:", e)
