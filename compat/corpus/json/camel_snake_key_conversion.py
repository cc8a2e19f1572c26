# Convert JSON keys between camelCase and snake_case recursively for an API boundary
import json
import re

API_JSON = """{
  "userId": 42,
  "firstName": "Noor",
  "lastLoginAt": "2024-02-29T23:59:59Z",
  "isHTTPSEnabled": true,
  "billingAddress": {"streetLine1": "1 Main St", "postalCode": "0150", "countryISO": "NO"},
  "recentOrders": [{"orderId": "A1", "totalAmountCents": 1999}, {"orderId": "A2", "totalAmountCents": 250}]
}"""

def to_snake(name: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", s)
    return s.lower()

def to_camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(w.capitalize() for w in rest)

def convert_keys(obj, fn):
    if isinstance(obj, dict):
        return {fn(k): convert_keys(v, fn) for k, v in obj.items()}
    if isinstance(obj, list):
        return [convert_keys(v, fn) for v in obj]
    return obj

data = json.loads(API_JSON)
snake = convert_keys(data, to_snake)
print(json.dumps(snake, indent=2))
camel = convert_keys(snake, to_camel)
print(json.dumps(camel, separators=(",", ":")))
for original in ["userId", "isHTTPSEnabled", "countryISO", "streetLine1", "totalAmountCents"]:
    s = to_snake(original)
    print(f"{original:<18} -> {s:<20} -> {to_camel(s):<18} lossless={to_camel(s) == original}")
