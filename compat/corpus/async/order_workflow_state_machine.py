# Enum-based order workflow advanced by async handlers; invalid transitions are rejected
import asyncio
from enum import Enum, auto


class Status(Enum):
    NEW = auto()
    PAID = auto()
    PACKED = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.PACKED, Status.CANCELLED},
    Status.PACKED: {Status.SHIPPED},
    Status.SHIPPED: {Status.DELIVERED},
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.status = Status.NEW
        self.history = [Status.NEW.name]

    async def move_to(self, new: Status):
        await asyncio.sleep(0.001)
        if new not in TRANSITIONS.get(self.status, set()):
            raise InvalidTransition(f"order {self.oid}: {self.status.name} -> {new.name}")
        self.status = new
        self.history.append(new.name)


async def process(order: Order, steps):
    for step in steps:
        try:
            await order.move_to(step)
        except InvalidTransition as e:
            return f"stopped: {e}"
    return f"reached {order.status.name}"


async def main():
    plans = {
        101: [Status.PAID, Status.PACKED, Status.SHIPPED, Status.DELIVERED],
        102: [Status.PAID, Status.CANCELLED],
        103: [Status.PACKED, Status.SHIPPED],
        104: [Status.CANCELLED, Status.PAID],
    }
    orders = {oid: Order(oid) for oid in plans}
    outcomes = await asyncio.gather(*(process(orders[o], s) for o, s in plans.items()))
    for (oid, order), outcome in zip(orders.items(), outcomes):
        print(f"#{oid}: {outcome}")
        print(f"      history: {' > '.join(order.history)}")
    final = {}
    for o in orders.values():
        final[o.status.name] = final.get(o.status.name, 0) + 1
    print("final status counts:", dict(sorted(final.items())))


asyncio.run(main())
