# Validate JSON-like records against TypedDict definitions (total, NotRequired, Required)
import json
from typing import TypedDict, NotRequired, Required, get_type_hints


class Address(TypedDict):
    street: str
    city: str
    zip: NotRequired[str]


class User(TypedDict, total=False):
    id: Required[int]
    name: str
    email: str
    address: Address


def validate(td, value, path="$"):
    errors = []
    if not isinstance(value, dict):
        return [f"{path}: expected object"]
    hints = get_type_hints(td)
    for key in sorted(td.__required_keys__):
        if key not in value:
            errors.append(f"{path}.{key}: missing")
    for key, v in value.items():
        if key not in hints:
            errors.append(f"{path}.{key}: unexpected")
            continue
        tp = hints[key]
        if isinstance(tp, type) and hasattr(tp, "__required_keys__"):
            errors.extend(validate(tp, v, f"{path}.{key}"))
        elif not isinstance(v, tp):
            errors.append(f"{path}.{key}: expected {tp.__name__}, got {type(v).__name__}")
    return errors


print("User required:", sorted(User.__required_keys__))
print("User optional:", sorted(User.__optional_keys__))
print("Address required:", sorted(Address.__required_keys__))
print("Address total:", Address.__total__, "User total:", User.__total__)

docs = [
    '{"id": 1, "name": "Ann", "address": {"street": "Main 1", "city": "Oslo"}}',
    '{"name": "Bob", "email": 42}',
    '{"id": 3, "address": {"city": "Rome", "zip": 100}, "role": "admin"}',
]
for doc in docs:
    rec = json.loads(doc)
    errs = validate(User, rec)
    print("OK" if not errs else "INVALID", rec.get("id"))
    for e in errs:
        print("   ", e)

u: User = {"id": 9, "name": "Zed"}
print(u, type(u).__name__)
