# Custom JSONEncoder subclass that handles datetime, date, Decimal, UUID, Enum and bytes
import json
import uuid
import base64
from datetime import datetime, date, timezone, timedelta
from decimal import Decimal
from enum import Enum


class Currency(Enum):
    EUR = "EUR"
    USD = "USD"


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return o.isoformat()
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, timedelta):
            return o.total_seconds()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, uuid.UUID):
            return str(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, bytes):
            return base64.b64encode(o).decode("ascii")
        return super().default(o)


invoice = {
    "id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
    "issued": datetime(2024, 3, 15, 9, 30, tzinfo=timezone.utc),
    "due": date(2024, 4, 14),
    "terms": timedelta(days=30),
    "total": Decimal("1999.90"),
    "currency": Currency.EUR,
    "signature": b"\x00\x01binary\xff",
}
print(json.dumps(invoice, cls=AppEncoder, indent=2))
enc = AppEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode(invoice))
try:
    json.dumps({"obj": object}, cls=AppEncoder)
except TypeError as e:
    print("TypeError:", e)
print("Decimal back:", Decimal(json.loads(json.dumps(invoice, cls=AppEncoder))["total"]) * 2)
