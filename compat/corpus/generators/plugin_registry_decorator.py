# A plugin registry built with decorator factories: register handlers by name and priority, then dispatch
from collections import defaultdict
from functools import wraps

class Registry:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event, *, priority=0, when=None):
        def decorator(func):
            @wraps(func)
            def guarded(payload):
                if when is not None and not when(payload):
                    return None
                return func(payload)
            self._handlers[event].append((priority, func.__name__, guarded))
            self._handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return func
        return decorator

    def emit(self, event, payload):
        results = []
        for priority, name, handler in self._handlers.get(event, []):
            out = handler(payload)
            if out is not None:
                results.append((name, out))
        return results

    def describe(self):
        return {ev: [f"{n}(p={p})" for p, n, _ in hs] for ev, hs in sorted(self._handlers.items())}

hooks = Registry()

@hooks.on("order.created", priority=10)
def validate(order):
    """Ensure order has items."""
    return "ok" if order["items"] else "empty!"

@hooks.on("order.created")
def notify(order):
    return f"email sent to {order['customer']}"

@hooks.on("order.created", priority=5, when=lambda o: o["total"] > 100)
def fraud_check(order):
    return "manual review" if order["total"] > 1000 else "auto-approved"

@hooks.on("order.cancelled", priority=1)
def refund(order):
    return f"refund {order['total']:.2f}"

print("registry:", hooks.describe())
orders = [
    {"id": 1, "customer": "ana", "items": ["book"], "total": 25.0},
    {"id": 2, "customer": "bo", "items": ["tv", "cable"], "total": 1450.0},
    {"id": 3, "customer": "cy", "items": [], "total": 300.0},
]
for o in orders:
    print(f"order {o['id']}:", hooks.emit("order.created", o))
print("cancel:", hooks.emit("order.cancelled", orders[1]))
print("unknown event:", hooks.emit("order.shipped", orders[0]))
print("decorator returns original:", validate.__name__, validate.__doc__, validate(orders[2]))
