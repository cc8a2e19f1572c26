# json.dumps / json.dump against CPython 3.11: every option of the encoder, the types it
# takes, and how it fails (guest/mod_json.c, guest/stdlib/patches/008x).
import json
from collections import OrderedDict, defaultdict, Counter


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


data = {"name": "Ada", "tags": ["x", "y"], "n": 3, "f": 2.5, "ok": True, "no": False,
        "none": None, "nested": {"a": [1, {"b": []}], "e": {}}, "t": (1, 2)}
show(json.dumps, data)
show(json.dumps, data, indent=2)
show(json.dumps, data, indent=0)
show(json.dumps, data, indent=-3)
show(json.dumps, data, indent="\t")
show(json.dumps, data, indent="--")
show(json.dumps, data, indent=True)
show(json.dumps, [1, [2, [3, []]], {}], indent=1)
show(json.dumps, data, sort_keys=True)
show(json.dumps, data, sort_keys=True, indent=4)
show(json.dumps, data, separators=(",", ":"))
show(json.dumps, data, separators=(" , ", " : "), indent=1)
show(json.dumps, data, indent=2, separators=(",", ": "))
show(json.dumps, [])
show(json.dumps, {})
show(json.dumps, ())
show(json.dumps, [[]], indent=2)
show(json.dumps, {"a": {}}, indent=2)

# Scalars.
for v in [0, -1, 1, 2**31, -2**63, 10**30, -10**40, 1.5, -0.0, 0.0, 1e100, 1e-7, 1e16, 123456.75,
          float("inf"), float("-inf"), float("nan"), True, False, None, "", "x"]:
    show(json.dumps, v)

# Strings: escapes, ensure_ascii both ways, non-BMP as surrogate pairs.
s = "quote\" back\\ slash/ \b\f\n\r\t \x00\x01\x1f \x7f é ß € 中文 😀 \U0010ffff"
show(json.dumps, s)
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({s: s}, ensure_ascii=False))
show(json.dumps, {"é": "ü"})
show(json.dumps, "\ud800 \udfff \ud83d\ude00")
print([hex(ord(c)) for c in json.dumps("\ud800 \udfff", ensure_ascii=False)])

# allow_nan.
for v in [float("nan"), float("inf"), float("-inf")]:
    show(json.dumps, v, allow_nan=False)
    show(json.dumps, [v], allow_nan=False, indent=2)
    show(json.dumps, {v: 1}, allow_nan=False)
    show(json.dumps, {"k": v})

# Keys of other types.
show(json.dumps, {1: "a", 2.5: "b", True: "c", False: "d", None: "e", -7: "f", 10**20: "g"})
show(json.dumps, {float("inf"): 1, float("-inf"): 2})
show(json.dumps, {1e16: 1, 0.5: 2}, indent=1)
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, "a": 1}, skipkeys=True)
show(json.dumps, {"a": 1, (1, 2): 3, "b": 2}, skipkeys=True)
show(json.dumps, {(1, 2): 3}, skipkeys=True)
show(json.dumps, {(1, 2): 3}, skipkeys=True, indent=2)
show(json.dumps, {b"k": 1})
show(json.dumps, {frozenset(): 1})
show(json.dumps, {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True)
show(json.dumps, {2: "a", 1: "b", 10: "c"}, sort_keys=True)
show(json.dumps, {2.5: "a", 1: "b", -1: "c"}, sort_keys=True)

# Not serialisable.
for v in [{1, 2}, b"bytes", bytearray(b"x"), object, 1j, range(3)]:
    show(json.dumps, v)
show(json.dumps, [1, {2}])
show(json.dumps, {"a": {"b": [frozenset()]}})

# default.
show(json.dumps, {1, 2}, default=sorted)
show(json.dumps, {"s": {3, 1, 2}, "r": range(3)}, default=sorted)
show(json.dumps, [b"ab"], default=lambda o: o.decode())
show(json.dumps, [object()], default=lambda o: "obj")
show(json.dumps, [1j], default=lambda o: [o.real, o.imag], indent=1)


def bad_default(o):
    raise ValueError("cannot " + type(o).__name__)


show(json.dumps, [1, {2}], default=bad_default)

# check_circular.
a = []
a.append(a)
show(json.dumps, a)
d = {}
d["self"] = d
show(json.dumps, d)
show(json.dumps, [d], indent=2)
shared = [1, 2]
show(json.dumps, [shared, shared, {"x": shared}])


class Node:
    pass


n = Node()
show(json.dumps, n, default=lambda o: [o])
show(json.dumps, n, default=lambda o: {"n": o})

# Containers of other kinds.
show(json.dumps, OrderedDict([("b", 1), ("a", 2)]))
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
show(json.dumps, dd)
show(json.dumps, Counter("abracadabra"))
show(json.dumps, Counter("abracadabra"), sort_keys=True)


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [("fixed", 1)]


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    def __repr__(self):
        return "nope"


class MyInt(int):
    def __repr__(self):
        return "nope"

    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return "nope"

    __str__ = __repr__


show(json.dumps, MyDict(a=1, b=[MyList([1, 2]), MyTuple((3,))]))
show(json.dumps, MyDict(a=1), indent=1)
show(json.dumps, ItemsDict(a=1))
show(json.dumps, ItemsDict(a=1), sort_keys=True)
show(json.dumps, ItemsDict())
show(json.dumps, [MyStr("s"), MyInt(5), MyFloat(2.5)])
show(json.dumps, {MyStr("k"): 1, MyInt(3): 2, MyFloat(0.5): 3})
show(json.dumps, {"n": MyInt(-12)}, indent=1)
show(json.dumps, MyList())
show(json.dumps, MyDict())

# cls: JSONEncoder subclasses.


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


show(json.dumps, {"s": {3, 1, 2}}, cls=SetEncoder)
show(json.dumps, {"s": {3, 1, 2}}, cls=SetEncoder, indent=2)
show(json.dumps, {"s": object()}, cls=SetEncoder)


class UpperEncoder(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


show(json.dumps, {"a": "b"}, cls=UpperEncoder)


class ChunkEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.replace("1", "one")


show(json.dumps, [1, 21], cls=ChunkEncoder)
show(json.dumps, [1], cls=json.JSONEncoder, indent=3)
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
show(enc.encode, {"b": 1, "a": [1.5, None]})
show(enc.encode, "just a string")
print(json.JSONEncoder(ensure_ascii=False).encode("é"))
show(json.JSONEncoder().default, 1)
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
e = json.JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.sort_keys, e.skipkeys)

# Errors in the options.
show(json.dumps, [1, 2], separators=(1, 2))
show(json.dumps, [1, 2], separators=(",", 2))

# json.dump to a file object.
import io
buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump({"a": [1, 2, {"b": None}]}, buf, indent=2, sort_keys=True)
print(buf.getvalue())


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
json.dump({"k": [1, "two", 3.5, {"x": False}]}, w)
print(w.parts)
w = Writer()
json.dump([1, [2, 3]], w, indent=1)
print(w.parts)
