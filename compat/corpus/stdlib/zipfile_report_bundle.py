# Bundle generated CSV/JSON reports into a zip (stored and deflated), list and verify it,
# read members back as text and extract to disk
import csv
import io
import json
import os
import zipfile

rows = [{"region": r, "month": m, "sales": (i * 37 + j * 11) % 500} for i, r in enumerate(["north", "south", "east"])
        for j, m in enumerate(["2024-01", "2024-02", "2024-03"])]

csv_buf = io.StringIO()
w = csv.DictWriter(csv_buf, fieldnames=["region", "month", "sales"])
w.writeheader()
w.writerows(rows)
summary = {r: sum(x["sales"] for x in rows if x["region"] == r) for r in ["north", "south", "east"]}

with zipfile.ZipFile("reports.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("reports/sales.csv", csv_buf.getvalue())
    zf.writestr("reports/summary.json", json.dumps(summary, indent=2))
    zf.writestr(zipfile.ZipInfo("README.txt", date_time=(2024, 4, 1, 12, 0, 0)), "Quarterly sales bundle\n",
                compress_type=zipfile.ZIP_STORED)
    zf.comment = b"Q1 2024"

print("is zip:", zipfile.is_zipfile("reports.zip"))
with zipfile.ZipFile("reports.zip") as zf:
    print("comment:", zf.comment.decode())
    for info in zf.infolist():
        kind = "deflated" if info.compress_type == zipfile.ZIP_DEFLATED else "stored"
        print(f"{info.filename:22} {info.file_size:5} bytes {kind}")
    print("corrupt members:", zf.testzip())
    with zf.open("reports/sales.csv") as f:
        reader = csv.DictReader(io.TextIOWrapper(f, encoding="utf-8", newline=""))
        best = max(reader, key=lambda r: int(r["sales"]))
        print("best month:", best["region"], best["month"], best["sales"])
    print("summary:", json.loads(zf.read("reports/summary.json")))
    zf.extractall("unpacked")

for root, dirs, files in sorted(os.walk("unpacked")):
    for name in sorted(files):
        path = os.path.join(root, name)
        print("extracted", path, os.path.getsize(path))

mem = io.BytesIO()
with zipfile.ZipFile(mem, "w") as zf:
    zf.writestr("a.txt", "alpha")
print("in-memory archive starts with", mem.getvalue()[:4])
try:
    zipfile.ZipFile(io.BytesIO(b"definitely not a zip"))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)
