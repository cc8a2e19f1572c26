# CSV round trip of messy values (unicode, newlines, quotes, None) through StringIO
import csv
import io

records = [
    {"id": 1, "city": "Zürich", "comment": "größer als \"erwartet\"", "value": None},
    {"id": 2, "city": "São Paulo", "comment": "multi\nline\ncomment", "value": 3.14},
    {"id": 3, "city": "東京", "comment": "  leading spaces", "value": 0},
    {"id": 4, "city": "Kraków", "comment": "comma, inside; semicolon", "value": -1e-3},
]

buf = io.StringIO(newline="")
w = csv.DictWriter(buf, fieldnames=list(records[0]))
w.writeheader()
w.writerows(records)
raw = buf.getvalue()
print(raw.encode("unicode_escape").decode("ascii")[:200])
print("physical lines:", raw.count("\r\n"))

buf.seek(0)
back = list(csv.DictReader(buf))
for orig, row in zip(records, back):
    same = {k: str(v) if v is not None else "" for k, v in orig.items()} == row
    print(row["id"], row["city"], repr(row["comment"]), repr(row["value"]), "match" if same else "DIFF")

reader = csv.reader(io.StringIO('a,"b\nc",d\n1,2,3\n'))
for row in reader:
    print(reader.line_num, row)
print(list(csv.reader(["x,y", "1,2"])))
print(list(csv.reader(io.StringIO("a, b,  c"), skipinitialspace=True)))
print(list(csv.reader(io.StringIO('"x""y",z'))))
try:
    list(csv.reader(io.StringIO('a,"b"c"'), strict=True))
except csv.Error as e:
    print("strict error:", e)
