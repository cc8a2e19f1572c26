# JSON round trip of custom types with a JSONEncoder subclass and object_hook, plus formatting options
import json
from datetime import date, datetime, timezone
from decimal import Decimal
from dataclasses import dataclass, asdict


@dataclass
class Invoice:
    number: str
    issued: date
    total: Decimal
    lines: list


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return {"__type__": "datetime", "value": o.isoformat()}
        if isinstance(o, date):
            return {"__type__": "date", "value": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__type__": "decimal", "value": str(o)}
        if isinstance(o, Invoice):
            return {"__type__": "invoice", **asdict(o)}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    t = d.pop("__type__", None)
    if t == "date":
        return date.fromisoformat(d["value"])
    if t == "datetime":
        return datetime.fromisoformat(d["value"])
    if t == "decimal":
        return Decimal(d["value"])
    if t == "invoice":
        return Invoice(**d)
    return d


inv = Invoice("INV-7", date(2024, 3, 1), Decimal("199.90"), [{"sku": "A", "qty": 2}])
payload = {"invoice": inv, "sent": datetime(2024, 3, 2, 9, 30, tzinfo=timezone.utc), "tags": {"b", "a"}}
text = json.dumps(payload, cls=AppEncoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back["invoice"] == inv, back["sent"].hour, back["tags"])
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":"), sort_keys=True))
print(json.dumps("café ☕"), json.dumps("café ☕", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf")]), json.loads("[NaN, -Infinity]"))
print(json.loads('{"x": 1.10, "y": 10}', parse_float=Decimal, parse_int=str))
print(json.loads('[["a", 1], ["b", 2]]', object_pairs_hook=dict), json.loads('{"k": 1, "k": 2}'))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, "at", e.lineno, e.colno, e.pos)
print(json.dumps({1: "int key", None: "none key", 2.5: "float key", False: "bool key"}))
