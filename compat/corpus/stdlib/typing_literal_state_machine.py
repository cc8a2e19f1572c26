# Use Literal and get_args to drive a simple order state machine
from typing import Literal, get_args, Final

State = Literal["new", "paid", "shipped", "delivered", "cancelled"]
ALL_STATES: Final = get_args(State)

TRANSITIONS: dict[State, tuple[State, ...]] = {
    "new": ("paid", "cancelled"),
    "paid": ("shipped", "cancelled"),
    "shipped": ("delivered",),
    "delivered": (),
    "cancelled": (),
}


class Order:
    def __init__(self, ref: str) -> None:
        self.ref = ref
        self.state: State = "new"
        self.history: list[State] = ["new"]

    def move(self, target: str) -> bool:
        if target not in ALL_STATES:
            print(f"  {self.ref}: unknown state {target!r}")
            return False
        if target not in TRANSITIONS[self.state]:
            print(f"  {self.ref}: cannot go {self.state} -> {target}")
            return False
        self.state = target  # type: ignore[assignment]
        self.history.append(self.state)
        return True


print("states:", ALL_STATES)
terminal = [s for s in ALL_STATES if not TRANSITIONS[s]]
print("terminal:", terminal)

scripts = {
    "A1": ["paid", "shipped", "delivered"],
    "B2": ["shipped", "paid", "cancelled", "paid"],
    "C3": ["paid", "refunded"],
}
for ref, steps in scripts.items():
    order = Order(ref)
    for s in steps:
        order.move(s)
    print(ref, "->", " > ".join(order.history))
print(Literal["a", "b"] == Literal["b", "a"], Literal[1, 1, 2])
