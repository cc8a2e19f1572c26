# Errors from mutating immutable things: tuples, strings, frozensets, frozen dataclasses, mappingproxy
from dataclasses import dataclass, FrozenInstanceError
from types import MappingProxyType
from collections import namedtuple


@dataclass(frozen=True)
class Settings:
    mode: str = "safe"


Pair = namedtuple("Pair", "left right")
DEFAULTS = MappingProxyType({"retries": 3})


def set_item(container, key, value):
    container[key] = value


def del_item(container, key):
    del container[key]


def attempts():
    yield "tuple item", lambda: set_item((1, 2), 0, 9)
    yield "str item", lambda: set_item("abc", 0, "z")
    yield "bytes item", lambda: set_item(b"abc", 0, 65)
    yield "frozenset add", lambda: frozenset({1}).add(2)
    yield "mappingproxy", lambda: set_item(DEFAULTS, "retries", 5)
    yield "namedtuple attr", lambda: setattr(Pair(1, 2), "left", 5)
    yield "frozen dataclass", lambda: setattr(Settings(), "mode", "fast")
    yield "int attribute", lambda: setattr(5, "extra", 1)
    yield "builtin type attr", lambda: setattr(str, "shout", str.upper)
    yield "range item", lambda: set_item(range(3), 0, 1)
    yield "del tuple item", lambda: del_item((1, 2), 0)


for label, fn in attempts():
    try:
        fn()
        print(f"{label:<18} succeeded?!")
    except (TypeError, AttributeError, FrozenInstanceError) as e:
        print(f"{label:<18} {type(e).__name__}: {e}")

print(issubclass(FrozenInstanceError, AttributeError))
t = ([1], [2])
t[0].append(99)
print("inner list mutated:", t)
try:
    t[1] += [3]
except TypeError as e:
    print("augmented assignment:", e, "| but tuple is now", t)
print(DEFAULTS["retries"], dict(DEFAULTS, retries=5))
