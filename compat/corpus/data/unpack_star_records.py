# Parse heterogeneous pipe-delimited records using starred unpacking
lines = [
    "PATIENT|1001|Jones|Mary|1980-04-02",
    "VISIT|1001|2024-03-01|checkup|bp=120/80|hr=64",
    "VISIT|1001|2024-04-11|flu",
    "PATIENT|1002|Okafor|Chidi|1975-11-19",
    "VISIT|1002|2024-02-20|xray|region=chest",
    "NOTE|1002|allergic to penicillin",
]

patients = {}
for line in lines:
    kind, pid, *fields = line.split("|")
    if kind == "PATIENT":
        last, first, dob = fields
        patients[pid] = {"name": f"{first} {last}", "dob": dob, "visits": [], "notes": []}
    elif kind == "VISIT":
        date, reason, *extras = fields
        attrs = dict(e.split("=", 1) for e in extras)
        patients[pid]["visits"].append((date, reason, attrs))
    else:
        patients[pid]["notes"].append(*fields)

for pid, p in patients.items():
    year, *_ = p["dob"].split("-")
    print(f"{pid}: {p['name']} (born {year}), {len(p['visits'])} visit(s)")
    for date, reason, attrs in p["visits"]:
        extra = ", ".join(f"{k}={v}" for k, v in attrs.items())
        print(f"    {date} {reason:<8} {extra}")
    for note in p["notes"]:
        print(f"    NOTE: {note}")

first, *middle, last = sorted(v[0] for p in patients.values() for v in p["visits"])
print("first visit:", first, "| last visit:", last, "| between:", middle)
(a, b), c = ("x", "y"), "z"
print(a, b, c)
head, *tail = [42]
print(head, tail)
