import pickle
import copyreg
from collections import namedtuple, OrderedDict
from dataclasses import dataclass, field

values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -32768, 2**31 - 1, 2**31, -2**31 - 1,
          2**64, -2**100, 1.5, -0.0, 1e300, float("inf"), "", "abc", "caf\u00e9 \u20ac\U0001f600",
          "back\\slash\nnewline", b"", b"\x00\xffbytes", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3),
          (1, 2, 3, 4), [], [1, [2, [3]]], {}, {"a": 1, "b": [1, 2]}, set(), {1, 2, 3}, frozenset({4}),
          frozenset(), 3 + 4j, ["x" * 300], list(range(1001))[:3], b"x" * 300]

for proto in range(6):
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        if len(data) < 90:
            print(proto, repr(v)[:40], ok, data)
        else:
            print(proto, repr(v)[:40], ok, len(data), data[:40])

# shared references and cycles
shared = [1, 2]
obj = [shared, shared, {"k": shared}]
for proto in range(6):
    back = pickle.loads(pickle.dumps(obj, proto))
    print(proto, back, back[0] is back[1], back[2]["k"] is back[0])
cyc = []
cyc.append(cyc)
for proto in range(6):
    back = pickle.loads(pickle.dumps(cyc, proto))
    print(proto, back[0] is back, pickle.dumps(cyc, proto))
d = {}
d["self"] = d
print(pickle.dumps(d, 2), pickle.loads(pickle.dumps(d))["self"] is not None)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(12) == pickle.dumps(12, 4))
