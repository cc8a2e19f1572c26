# csv: CPython's csv.py over our _csv (guest/lib/_csv.py): reading, writing, dialects.
import csv, io
data = 'name,age,city\nAlice,30,"New York, NY"\nBob,25,"He said ""hi"""\n'
rows = list(csv.reader(io.StringIO(data)))
print(rows)
for r in csv.DictReader(io.StringIO(data)):
    print(r)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'q"x', None, 3, 1.5, ""])
w.writerows([[1, 2], ["", ""]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerow({"x": 1, "y": "two"})
print(repr(out.getvalue()))
print(list(csv.reader(["a;b;c", "1;2;3"], delimiter=";")))
print(list(csv.reader(['x, "y", z'], skipinitialspace=True)))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("Error", e)
print(csv.list_dialects())
