# The TypeErrors of item deletion and assignment: "doesn't support item deletion" for an
# index into a type with sequence methods, "does not support" otherwise (CPython's).
import types


class C:
    pass


class G:
    def __getitem__(self, i):
        return i


def g():
    yield 1


objects = [(1, 2), "ab", b"ab", range(3), frozenset(), 5, 1.5, None, types.MappingProxyType({"a": 1}),
           C(), G(), g(), {}.keys(), {1}, len]
for obj in objects:
    for key in (0, "a", True):
        for op in ("del", "set"):
            try:
                if op == "del":
                    del obj[key]
                else:
                    obj[key] = 1
                print(op, "ok")
            except (TypeError, IndexError, KeyError) as e:
                print(op, repr(key), type(e).__name__, str(e).replace("dict_keys", "dict_view"))
