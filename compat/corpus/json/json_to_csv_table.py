# Convert a JSON array of heterogeneous records into a CSV table with a union of columns
import csv
import io
import json

DATA = """[
  {"id": 101, "name": "Kettle", "price": 29.9, "tags": ["kitchen"], "dims": {"h": 22, "w": 18}},
  {"id": 102, "name": "Toaster, 2-slot", "price": 45, "stock": 3},
  {"id": 103, "name": "Mug \\"Best Dad\\"", "tags": ["gift", "kitchen"], "discontinued": true},
  {"id": 104, "name": "Fork", "price": 2.5, "dims": {"h": 19}}
]"""

def flatten(rec):
    row = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            for sk, sv in v.items():
                row[f"{k}_{sk}"] = sv
        elif isinstance(v, list):
            row[k] = ";".join(v)
        elif isinstance(v, bool):
            row[k] = "yes" if v else "no"
        else:
            row[k] = v
    return row

records = [flatten(r) for r in json.loads(DATA)]
columns = list(dict.fromkeys(k for r in records for k in r))
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=columns, restval="", lineterminator="\n")
writer.writeheader()
writer.writerows(records)
text = buf.getvalue()
print(text)

back = list(csv.DictReader(io.StringIO(text)))
print("rows read back:", len(back))
print("row 2 name:", back[1]["name"], "| row 3 name:", back[2]["name"])
print(json.dumps(back[0]))
