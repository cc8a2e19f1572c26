# dict operations whose results depend on order or on the compact table (patch 0010).
import json

d = dict(b=1, a=2)
d.update([("c", 3)], z=26)
print(d, list(d.items()), list(d.keys()), list(d.values()))
print(dict.fromkeys("hello"), dict(zip("abc", range(3))))
e = d.copy()
e["new"] = 0
print(d, e, d == e, {"a": 2, "b": 1, "c": 3, "z": 26} == d)
print(d.setdefault("q", 7), d.pop("b"), d.pop("missing", None), d)
try:
    d.pop("missing")
except KeyError as ex:
    print("KeyError", ex.args)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex.args)
merged = {"x": 1, "y": 2} | {"y": 20, "z": 30}
merged |= [("w", 0)]
print(merged)
try:
    {} | [("a", 1)]
except TypeError:
    print("TypeError for dict | list")
# Rebuilds: grow, shrink by deletion, reinsert: order is always insertion order.
d = {}
for i in range(200):
    d[f"k{i}"] = i
for i in range(0, 200, 2):
    del d[f"k{i}"]
for i in range(0, 20, 2):
    d[f"k{i}"] = -i
print(list(d)[:5], list(d)[-5:], len(d))
# Keys equal across types collapse as CPython's (first key kept, last value).
print({1: "int", 1.0: "float", True: "bool"})
print(json.dumps({"name": "a", "n": [1, {"z": 0, "a": 1}]}))
# Drain in LIFO order and with many tombstones.
d = {i: i for i in range(50)}
out = []
while d:
    out.append(d.popitem()[0])
print(out[:5], out[-3:])
counts = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
