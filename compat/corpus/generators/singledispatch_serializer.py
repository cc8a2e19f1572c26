# functools.singledispatch to serialize Python objects into a JSON-like text format with custom types
from functools import singledispatch
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import Enum
import datetime

class Color(Enum):
    RED = "red"
    GREEN = "green"

@dataclass
class Item:
    sku: str
    price: Decimal
    tags: list
    color: Color = Color.RED

@singledispatch
def to_text(obj, indent=0):
    raise TypeError(f"cannot serialize {type(obj).__name__}")

@to_text.register
def _(obj: type(None), indent=0):
    return "null"

@to_text.register
def _(obj: bool, indent=0):
    return "true" if obj else "false"

@to_text.register(int)
@to_text.register(float)
@to_text.register(Decimal)
def _(obj, indent=0):
    return str(obj)

@to_text.register
def _(obj: str, indent=0):
    return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'

@to_text.register(datetime.date)
@to_text.register(Enum)
def _(obj, indent=0):
    return to_text(obj.isoformat() if isinstance(obj, datetime.date) else obj.value)

@to_text.register(list)
@to_text.register(tuple)
def _(obj, indent=0):
    if not obj:
        return "[]"
    pad = "  " * (indent + 1)
    return "[\n" + ",\n".join(pad + to_text(x, indent + 1) for x in obj) + "\n" + "  " * indent + "]"

@to_text.register
def _(obj: dict, indent=0):
    pad = "  " * (indent + 1)
    body = ",\n".join(f"{pad}{to_text(str(k))}: {to_text(v, indent + 1)}" for k, v in obj.items())
    return "{\n" + body + "\n" + "  " * indent + "}"

def dataclass_to_text(obj, indent=0):
    return to_text({f.name: getattr(obj, f.name) for f in fields(obj)}, indent)

to_text.register(Item, dataclass_to_text)

order = {
    "id": 1017,
    "paid": True,
    "note": None,
    "placed": datetime.date(2024, 2, 29),
    "items": [Item("A-1", Decimal("19.99"), ["new"]), Item("B-7", Decimal("5.00"), [], Color.GREEN)],
    "ratio": 0.25,
    "quote": 'say "hi"',
}
print(to_text(order))
print("dispatch for bool:", to_text.dispatch(bool).__name__, "| registry has Item:", Item in to_text.registry)
print("bool is int subclass but own impl:", to_text(True), to_text(1))
try:
    to_text({1, 2})
except TypeError as e:
    print("TypeError:", e)
