# Compare shallow and deep copies of nested config data, including shared references and cycles
import copy

base = {
    "name": "pipeline",
    "stages": [{"id": 1, "opts": {"retries": 3}}, {"id": 2, "opts": {"retries": 1}}],
    "tags": {"etl", "nightly"},
}
shared = [1, 2, 3]
base["a"] = shared
base["b"] = shared

shallow = copy.copy(base)
deep = copy.deepcopy(base)

shallow["stages"][0]["opts"]["retries"] = 10
print("base retries after shallow edit:", base["stages"][0]["opts"]["retries"])
print("deep retries:", deep["stages"][0]["opts"]["retries"])
shallow["name"] = "renamed"
print("base name:", base["name"])

print("deep keeps sharing:", deep["a"] is deep["b"], "but not original:", deep["a"] is shared)
deep["a"].append(4)
print("deep b sees append:", deep["b"], "original:", shared)

# cycles
node = {"value": 1}
node["self"] = node
clone = copy.deepcopy(node)
print("cycle preserved:", clone["self"] is clone, clone is not node)

# memo dict lets callers pre-seed objects that must not be copied
registry = {"db": "connection"}
cfg = {"registry": registry, "values": [1, 2]}
memo = {id(registry): registry}
cfg2 = copy.deepcopy(cfg, memo)
print("registry reused:", cfg2["registry"] is registry, "values copied:", cfg2["values"] is not cfg["values"])

t = (1, [2, 3])
t2 = copy.deepcopy(t)
t2[1].append(4)
print(t, t2, copy.deepcopy((1, 2)) == (1, 2))
print(sorted(deep["tags"]), deep == base)
