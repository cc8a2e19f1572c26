# Type-based dispatch with isinstance/issubclass tuples and numbers ABCs for serialization
import numbers
from collections.abc import Mapping, Sequence, Set
from decimal import Decimal
from fractions import Fraction


def serialize(obj, depth=0):
    if obj is None or isinstance(obj, bool):
        return {None: "null", True: "true", False: "false"}[obj]
    if isinstance(obj, numbers.Integral):
        return str(int(obj))
    if isinstance(obj, (float, Decimal, Fraction)):
        return repr(float(obj))
    if isinstance(obj, (str, bytes)):
        text = obj.decode() if isinstance(obj, bytes) else obj
        return '"' + text.replace('"', '\\"') + '"'
    if isinstance(obj, Mapping):
        return "{" + ", ".join(f"{serialize(str(k))}: {serialize(v, depth + 1)}" for k, v in obj.items()) + "}"
    if isinstance(obj, (Sequence, Set)):
        items = sorted(obj) if isinstance(obj, Set) else obj
        return "[" + ", ".join(serialize(v, depth + 1) for v in items) + "]"
    raise TypeError(f"cannot serialize {type(obj).__name__}")


data = {"id": 12, "ok": True, "ratio": Fraction(1, 4), "price": Decimal("9.95"),
        "tags": ("x", "y"), "ids": {3, 1, 2}, "raw": b'say "hi"', "none": None}
print(serialize(data))

for cls in (bool, int, float, Fraction, Decimal, complex):
    print(f"{cls.__name__:<8} Integral={issubclass(cls, numbers.Integral)!s:<5} "
          f"Real={issubclass(cls, numbers.Real)!s:<5} Number={issubclass(cls, numbers.Number)}")

print(isinstance("abc", Sequence), isinstance(b"", (list, bytes)), isinstance([], (tuple, dict)))
print(issubclass(dict, (Sequence, Mapping)), issubclass(frozenset, Set))
print(isinstance(3, (str, (float, (int,)))))
try:
    serialize(object())
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, [int, str])
except TypeError as e:
    print("TypeError:", e)
