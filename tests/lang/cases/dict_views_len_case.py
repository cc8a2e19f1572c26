# dict_keys, dict_values and dict_items: three types with len(), truth, hashing and the
# collections.abc registrations of CPython (patch 0221).
import collections.abc as cabc

d = {"a": 1, "b": 2, "c": 3}
for v in (d.keys(), d.values(), d.items(), {}.keys(), {}.values(), {}.items()):
    print(type(v).__name__, len(v), bool(v), repr(v))
print(type(d.keys()) is type({}.keys()), type(d.keys()) is type(d.values()))
k = d.keys()
d["z"] = 26
print(len(k), len(d.values()), list(k))
del d["a"]
print(len(k), sorted(k), len(d.items()))
for v, abcs in ((d.keys(), (cabc.KeysView, cabc.Set)), (d.values(), (cabc.ValuesView,)),
                (d.items(), (cabc.ItemsView, cabc.Set))):
    print(type(v).__name__, [isinstance(v, a) for a in abcs], isinstance(v, cabc.Sized),
          isinstance(v, cabc.KeysView), isinstance(v, cabc.ValuesView), isinstance(v, cabc.Sequence))
for v in (d.keys(), d.items()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(type(hash(d.values())).__name__)
for bad in (lambda: d.keys()[0], lambda: d.values()[0], lambda: d.items()[0]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sum(len(x) for x in ({1: 2}.keys(), {}.values(), dict.fromkeys(range(1000)).items())))


class Sub(dict):
    pass


s = Sub(x=1, y=2)
print(len(s.keys()), len(s.values()), len(s.items()), type(s.keys()).__name__)
