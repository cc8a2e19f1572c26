import pprint

data = {"users": [{"name": "alice", "roles": ["admin", "dev"], "active": True},
                  {"name": "bob", "roles": [], "active": False}],
        "meta": {"count": 2, "tags": ("x", "y"), "ratio": 0.25, "nested": {"a": {"b": {"c": [1, 2, 3]}}}}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(30)), compact=True, width=50))
print(pprint.pformat({"z": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, {2: 3}]))
print(pprint.isreadable({"a": 1}), pprint.isrecursive([1]))
r = [1]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), 'ID'))  # ids differ between runs
