# Keys and items views are set-like; reversed() over dicts and views (patch 0010).
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "z": 0}
k = d.keys()
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k - ["a"]), sorted(["a", "q"] - k), sorted(k & {"a", "x"}), sorted({"x"} | k))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()))
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k < {"a", "b", "c", "d"}, k >= {"a"})
print(d.items() == {("a", 1), ("b", 2), ("c", 3)}, ("a", 1) in d.items(), ("a", 2) in d.items())
print(k.isdisjoint(["x", "y"]), k.isdisjoint("abc"), "a" in k, "zz" in k)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
del d["b"]
d["b"] = 9
print(list(reversed(d)), list(reversed({})))
for bad in (lambda: k & 5, lambda: d.values() & {1}, lambda: k < 5):
    try:
        bad()
    except TypeError:
        print("TypeError")
rows = [{"id": 1, "name": "x", "extra": True}, {"id": 2, "name": "y"}]
required = ["id", "name"]
for r in rows:
    print(sorted(r.keys() - required), not (set(required) - r.keys()))
