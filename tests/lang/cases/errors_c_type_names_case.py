# Types CPython implements in C are named "module.name" in messages
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

for f in (lambda: sum([timedelta(1)]), lambda: 1 + timedelta(1), lambda: "a" + timedelta(1),
          lambda: date(2024, 1, 1) + 1, lambda: datetime(2024, 1, 1) < 5, lambda: len(time()),
          lambda: "x" + Decimal(1), lambda: timezone.utc + 1, lambda: [1] * Decimal(2),
          lambda: timedelta(1) @ 2):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(sum([timedelta(1), timedelta(2)], timedelta(0)), type(timedelta(1)).__name__, timedelta.__name__)
print(timedelta.__module__, Decimal.__name__, "__mpsbx_c_type__" in vars(timedelta))


class MyDelta(timedelta):
    pass


class Plain:
    pass


for f in (lambda: 1 + MyDelta(1), lambda: 1 + Plain(), lambda: len(Plain())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
