# Detect exact and near-duplicate customer records using normalised keys
from collections import defaultdict

records = [
    {"id": 1, "name": "John Smith", "email": "john.smith@mail.com", "phone": "+1 (555) 010-2000"},
    {"id": 2, "name": "Jane Doe", "email": "jane@doe.org", "phone": "555-010-3000"},
    {"id": 3, "name": "john  smith", "email": "John.Smith@mail.com", "phone": "15550102000"},
    {"id": 4, "name": "J. Smith", "email": "jsmith@work.com", "phone": "555 010 2000"},
    {"id": 5, "name": "Jane Doe", "email": "jane@doe.org", "phone": "555-010-3000"},
    {"id": 6, "name": "Mark Lee", "email": "mark@lee.io", "phone": "555-010-4000"},
]

def digits(phone):
    d = "".join(ch for ch in phone if ch.isdigit())
    return d[-10:]

def exact_key(r):
    return tuple(v for k, v in sorted(r.items()) if k != "id")

exact = defaultdict(list)
for r in records:
    exact[exact_key(r)].append(r["id"])
print("Exact duplicates:", [ids for ids in exact.values() if len(ids) > 1])

for label, keyfn in [("email", lambda r: r["email"].lower()),
                     ("phone", lambda r: digits(r["phone"])),
                     ("name", lambda r: " ".join(r["name"].lower().split()))]:
    groups = defaultdict(list)
    for r in records:
        groups[keyfn(r)].append(r["id"])
    dups = {k: v for k, v in groups.items() if len(v) > 1}
    print(f"By {label:<5}: {dups}")

# union-find to merge all matches into clusters
parent = {r["id"]: r["id"] for r in records}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for keyfn in (lambda r: r["email"].lower(), lambda r: digits(r["phone"])):
    first_seen = {}
    for r in records:
        k = keyfn(r)
        if k in first_seen:
            parent[find(r["id"])] = find(first_seen[k])
        else:
            first_seen[k] = r["id"]
clusters = defaultdict(list)
for r in records:
    clusters[find(r["id"])].append(r["id"])
print("Clusters:", sorted(clusters.values()))
