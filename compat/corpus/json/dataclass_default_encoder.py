# Serialise nested dataclasses with a default= function and rebuild them from JSON
import json
from dataclasses import dataclass, asdict, field, is_dataclass, fields
from typing import List, Optional


@dataclass
class Address:
    street: str
    city: str
    postcode: str


@dataclass
class Customer:
    id: int
    name: str
    address: Address
    tags: List[str] = field(default_factory=list)
    vip: bool = False
    notes: Optional[str] = None


def default(obj):
    if is_dataclass(obj):
        return {"__type__": type(obj).__name__, **{f.name: getattr(obj, f.name) for f in fields(obj)}}
    raise TypeError(repr(obj))


TYPES = {"Address": Address, "Customer": Customer}

def hook(d):
    t = d.pop("__type__", None)
    return TYPES[t](**d) if t else d


customers = [
    Customer(1, "Ingrid", Address("Storgata 1", "Oslo", "0155"), ["nordic"], vip=True),
    Customer(2, "Tomás", Address("Calle Mayor 5", "Madrid", "28013"), notes="prefers email"),
]
text = json.dumps(customers, default=default, indent=2, ensure_ascii=False)
print(text)
restored = json.loads(text, object_hook=hook)
print(restored[1])
print("round trip equal:", restored == customers)
print("asdict compact:", json.dumps(asdict(customers[0]), separators=(",", ":")))
