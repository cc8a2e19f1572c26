# Order workflow state machine driven by an Enum with allowed transitions
from enum import Enum, auto


class State(Enum):
    CREATED = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    def can_go_to(self, other):
        return other in TRANSITIONS.get(self, ())

    @property
    def terminal(self):
        return not TRANSITIONS.get(self)


TRANSITIONS = {
    State.CREATED: (State.PAID, State.CANCELLED),
    State.PAID: (State.SHIPPED, State.REFUNDED),
    State.SHIPPED: (State.DELIVERED,),
    State.DELIVERED: (State.REFUNDED,),
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.CREATED
        self.log = [State.CREATED.name]

    def advance(self, new_state):
        if not self.state.can_go_to(new_state):
            raise InvalidTransition(f"order {self.oid}: {self.state.name} -> {new_state.name} not allowed")
        self.state = new_state
        self.log.append(new_state.name)


scripts = {
    1: [State.PAID, State.SHIPPED, State.DELIVERED],
    2: [State.CANCELLED, State.PAID],
    3: [State.PAID, State.DELIVERED],
    4: [State.PAID, State.REFUNDED],
}
for oid, steps in scripts.items():
    order = Order(oid)
    try:
        for step in steps:
            order.advance(step)
    except InvalidTransition as e:
        print("error:", e)
    print(f"order {oid}: {' > '.join(order.log)} (terminal={order.state.terminal})")

print([s.name for s in State if s.terminal])
print(State(3), State["PAID"].value, State.PAID is State(2))
print(repr(State.REFUNDED), State.REFUNDED in TRANSITIONS)
