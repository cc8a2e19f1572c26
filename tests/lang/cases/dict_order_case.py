# Every dict keeps insertion order (guest/patches/0010): iteration, repr, json, deletion,
# popitem (LIFO), rebuilds of large dicts, instance dicts, OrderedDict, mutation during
# iteration.
d = {}
for k in ["zeta", "alpha", "mid", 3, 1, 2, (1, 2), "b", "a", "c", "x", "y"]:
    d[k] = str(k)
print(d)
print(list(d), list(d.values())[:3])
del d["mid"], d[3]
d["mid"] = 9
print(d)
print(d.popitem(), d.popitem(), d)
import json
print(json.dumps({"z": 1, "a": 2, "m": [3, {"y": 1, "b": 2}]}))
big = {i * 7 % 1000: i for i in range(1000)}
print(list(big)[:10], len(big), big[693])
for i in range(0, 1000, 3):
    del big[i * 7 % 1000]
print(len(big), list(big)[:5], sum(big.values()))
while len(big) > 5:
    big.popitem()
print(big)
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, od.popitem(last=False), od)
od.move_to_end("c", last=False)
print(od, od == OrderedDict(c=3, b=2), od == {"b": 2, "c": 3}, {"b": 2, "c": 3} == od)
print(OrderedDict())
try:
    for k in d:
        d[k + "x" if isinstance(k, str) else 99] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    {}.get([])
except TypeError as e:
    print("TypeError")
x = {"a": 1}
print(x | {"b": 2}, dict(x))
class P:
    def __init__(self):
        self.z = 1; self.a = 2; self.m = 3
print(P().__dict__)
s = {}
for i in range(10000):
    s[str(i)] = i
    if i % 3 == 0:
        del s[str(i // 2)]
print(len(s), list(s)[:5], list(s)[-3:])
