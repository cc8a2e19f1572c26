# Parse monetary JSON with parse_float=Decimal to avoid float rounding in totals
import json
from decimal import Decimal

CART = '{"items": [{"sku": "A", "price": 0.10, "qty": 3}, {"sku": "B", "price": 0.20, "qty": 1}, {"sku": "C", "price": 19.99, "qty": 2}], "shipping": 4.95}'

as_float = json.loads(CART)
as_dec = json.loads(CART, parse_float=Decimal)

def total(cart):
    return sum(i["price"] * i["qty"] for i in cart["items"]) + cart["shipping"]

print("float total:  ", total(as_float))
print("decimal total:", total(as_dec))
print("float lines:  ", [i["price"] * i["qty"] for i in as_float["items"]])
print("types:", type(as_float["shipping"]).__name__, type(as_dec["shipping"]).__name__)

class DecimalEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)

summary = {"total": total(as_dec), "lines": [i["price"] * i["qty"] for i in as_dec["items"]]}
print(json.dumps(summary, cls=DecimalEncoder))
big = json.loads('{"n": 12345678901234567890.123456789}', parse_float=Decimal)
print("precise:", big["n"], "| as float:", json.loads('{"n": 12345678901234567890.123456789}')["n"])
ints = json.loads('[1, 2, 3.5]', parse_int=str)
print("parse_int=str:", ints)
print("parse_constant:", json.loads('[NaN, -Infinity]', parse_constant=lambda name: f"<{name}>"))
