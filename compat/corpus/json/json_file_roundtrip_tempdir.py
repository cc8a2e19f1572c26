# Write JSON documents to files in a temp directory, read them back and merge them
import json
import os
import tempfile

shards = [
    {"shard": 0, "users": [{"id": 1, "name": "Ása"}, {"id": 2, "name": "Björn"}]},
    {"shard": 1, "users": [{"id": 3, "name": "Chloé"}]},
    {"shard": 2, "users": []},
]

with tempfile.TemporaryDirectory() as tmp:
    for s in shards:
        path = os.path.join(tmp, f"shard-{s['shard']:03d}.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(s, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    names = sorted(os.listdir(tmp))
    print("files:", names)
    for name in names:
        size = os.path.getsize(os.path.join(tmp, name))
        print(f"  {name}: {size} bytes")

    merged = []
    for name in names:
        with open(os.path.join(tmp, name), encoding="utf-8") as fh:
            merged.extend(json.load(fh)["users"])

    out = os.path.join(tmp, "all-users.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"count": len(merged), "users": merged}, fh)
    with open(out, "rb") as fh:
        raw = fh.read()
    print("merged file bytes:", len(raw), "| non-ascii escaped:", b"\\u" in raw)
    print(raw.decode("ascii"))

    with open(os.path.join(tmp, "broken.json"), "w") as fh:
        fh.write('{"shard": 9, "users": [')
    try:
        with open(os.path.join(tmp, "broken.json")) as fh:
            json.load(fh)
    except json.JSONDecodeError as e:
        print("broken.json:", e)
print("temp dir removed:", not os.path.exists(tmp))
