# Serialize heterogeneous values to a JSON-like string with functools.singledispatch
from functools import singledispatch
from dataclasses import dataclass, fields
from decimal import Decimal
from datetime import date
from enum import Enum

@singledispatch
def to_json(obj) -> str:
    raise TypeError(f"cannot serialize {type(obj).__name__}")

@to_json.register
def _(obj: str) -> str:
    return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'

@to_json.register(int)
@to_json.register(float)
def _(obj) -> str:
    return repr(obj)

@to_json.register
def _(obj: bool) -> str:
    return "true" if obj else "false"

@to_json.register(type(None))
def _(obj) -> str:
    return "null"

@to_json.register(list)
@to_json.register(tuple)
def _(obj) -> str:
    return "[" + ", ".join(to_json(x) for x in obj) + "]"

@to_json.register
def _(obj: dict) -> str:
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in obj.items()) + "}"

@to_json.register
def _(obj: Decimal) -> str:
    return str(obj)

@to_json.register
def _(obj: date) -> str:
    return to_json(obj.isoformat())

@to_json.register
def _(obj: Enum) -> str:
    return to_json(obj.value)

class Status(Enum):
    ACTIVE = "active"

@dataclass
class User:
    name: str
    joined: date
    status: Status

@to_json.register
def _(obj: User) -> str:
    return to_json({f.name: getattr(obj, f.name) for f in fields(obj)})

data = {"users": [User("Ann \"A\"", date(2023, 5, 17), Status.ACTIVE)], "balance": Decimal("12.50"),
        "flags": (True, False, None), "ratio": 0.25, "count": 3}
print(to_json(data))
print(to_json.dispatch(bool).__name__, to_json.dispatch(bool) is to_json.dispatch(int))
print(sorted(t.__name__ for t in to_json.registry if t is not object))
try:
    to_json({1, 2})
except TypeError as e:
    print("TypeError:", e)
