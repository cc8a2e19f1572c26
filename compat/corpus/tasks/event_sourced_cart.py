# Event-sourced shopping cart: events appended to a log, state rebuilt by replay, snapshots and projections
import json
from dataclasses import dataclass, field, asdict

PRICES = {"apple": 50, "bread": 325, "cheese": 799, "wine": 1450}


@dataclass
class Event:
    seq: int
    kind: str
    data: dict


@dataclass
class Cart:
    items: dict = field(default_factory=dict)
    coupon: str | None = None
    checked_out: bool = False
    version: int = 0

    def apply(self, ev: Event) -> "Cart":
        if ev.kind == "ItemAdded":
            self.items[ev.data["sku"]] = self.items.get(ev.data["sku"], 0) + ev.data["qty"]
        elif ev.kind == "ItemRemoved":
            left = self.items.get(ev.data["sku"], 0) - ev.data["qty"]
            if left > 0:
                self.items[ev.data["sku"]] = left
            else:
                self.items.pop(ev.data["sku"], None)
        elif ev.kind == "CouponApplied":
            self.coupon = ev.data["code"]
        elif ev.kind == "CheckedOut":
            self.checked_out = True
        self.version = ev.seq
        return self

    def total(self) -> int:
        subtotal = sum(PRICES[s] * q for s, q in self.items.items())
        if self.coupon == "TENOFF":
            subtotal = subtotal * 90 // 100
        return subtotal


class CartStore:
    def __init__(self):
        self.log: list[Event] = []

    def append(self, kind, **data):
        state = self.replay()
        if state.checked_out:
            raise RuntimeError(f"cart already checked out, rejecting {kind}")
        if kind == "ItemRemoved" and data["sku"] not in state.items:
            raise KeyError(data["sku"])
        ev = Event(len(self.log) + 1, kind, data)
        self.log.append(ev)
        return ev

    def replay(self, upto=None, snapshot: Cart | None = None) -> Cart:
        cart = Cart(**json.loads(json.dumps(asdict(snapshot)))) if snapshot else Cart()
        for ev in self.log:
            if ev.seq <= cart.version:
                continue
            if upto is not None and ev.seq > upto:
                break
            cart.apply(ev)
        return cart


store = CartStore()
commands = [("ItemAdded", {"sku": "apple", "qty": 6}), ("ItemAdded", {"sku": "bread", "qty": 1}),
            ("ItemAdded", {"sku": "wine", "qty": 2}), ("ItemRemoved", {"sku": "apple", "qty": 2}),
            ("ItemRemoved", {"sku": "cheese", "qty": 1}), ("CouponApplied", {"code": "TENOFF"}),
            ("ItemRemoved", {"sku": "wine", "qty": 5}), ("CheckedOut", {}), ("ItemAdded", {"sku": "apple", "qty": 1})]
for kind, data in commands:
    try:
        ev = store.append(kind, **data)
        print(f"#{ev.seq} {kind} {data}")
    except KeyError as e:
        print(f"rejected {kind}: no {e} in cart")
    except RuntimeError as e:
        print("rejected:", e)

print("\nstate at each version:")
for v in range(1, len(store.log) + 1):
    c = store.replay(upto=v)
    print(f"  v{v}: items={c.items} coupon={c.coupon} total={c.total() / 100:.2f} done={c.checked_out}")
snap = store.replay(upto=3)
print("snapshot json:", json.dumps(asdict(snap), sort_keys=True))
final = store.replay(snapshot=snap)
print("replay from snapshot matches full replay:", final == store.replay())
counts = {}
for ev in store.log:
    counts[ev.kind] = counts.get(ev.kind, 0) + 1
print("event counts:", counts)
