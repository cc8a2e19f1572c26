# JSONEncoder.iterencode and json.dump: the chunks of CPython 3.11's pure-Python encoder,
# one by one (json/encoder.py's _make_iterencode runs as it is).
import io
import json
from collections import OrderedDict


def chunks(obj, **kw):
    try:
        print(list(json.JSONEncoder(**kw).iterencode(obj)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


doc = {"id": 7, "name": "n\u00e9", "tags": ["a", "b"], "nested": {"x": [1, 2.5, None, True, False]},
       "empty": [], "none": {}, "t": (1, 2)}
chunks(doc)
chunks(doc, indent=2)
chunks(doc, indent="\t", sort_keys=True)
chunks(doc, separators=(",", ":"))
parts = list(json.JSONEncoder(ensure_ascii=False).iterencode(doc))
print(len(parts), "".join(parts))
chunks([1, [2, [3, [4]]], {"a": {"b": {}}}])
chunks([])
chunks({})
chunks("just text")
chunks(5)
chunks(2.5)
chunks(None)
chunks([float("nan"), float("inf")])
chunks([float("nan")], allow_nan=False)
chunks({"k": float("-inf")}, allow_nan=False)
chunks({1: 2, 2.5: 3, None: 4, True: 5, (1,): 6}, skipkeys=True)
chunks({(1,): 6})
chunks({"a": {1, 2}})
chunks({"a": {1, 2}}, default=sorted)
chunks(OrderedDict([("z", 1), ("a", [OrderedDict()])]))
a = [1]
a.append(a)
chunks(a)
chunks(a, check_circular=False) if False else None


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(list(Enc().iterencode([1j, {"c": 2 + 3j}])))
print(list(Enc(indent=1).iterencode([1j])))
try:
    list(Enc().iterencode([object()]))
except TypeError as e:
    print("TypeError:", e)

# A generator: chunks come one at a time, and an error stops it midway.
gen = json.JSONEncoder().iterencode([1, 2, {3}, 4])
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except TypeError as e:
    print("TypeError:", e)

# json.dump writes the same chunks.


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


for kw in [{}, {"indent": 2}, {"separators": (",", ":"), "sort_keys": True}]:
    r = Recorder()
    json.dump(doc, r, **kw)
    print(len(r.parts), r.parts[:6], "".join(r.parts) == json.dumps(doc, **kw))
buf = io.StringIO()
json.dump([{"a": i} for i in range(3)], buf, indent=1)
print(buf.getvalue())

# Deep nesting through the generator: fine at 500, RecursionError (a RuntimeError) far deeper.
deep = []
for i in range(500):
    deep = [deep]
print(len("".join(json.JSONEncoder().iterencode(deep))))
