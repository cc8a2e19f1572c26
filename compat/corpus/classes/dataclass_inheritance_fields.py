# Dataclass inheritance: extending fields, overriding defaults, and inspecting fields()
from dataclasses import dataclass, field, fields, is_dataclass, asdict


@dataclass
class Event:
    name: str
    timestamp: int
    tags: list[str] = field(default_factory=list)

    def describe(self):
        return f"[{self.timestamp}] {self.name}"


@dataclass
class ClickEvent(Event):
    x: int = 0
    y: int = 0

    def describe(self):
        return super().describe() + f" at ({self.x}, {self.y})"


@dataclass
class PurchaseEvent(Event):
    amount: float = 0.0
    currency: str = "USD"
    tags: list[str] = field(default_factory=lambda: ["revenue"])


events = [
    Event("login", 100),
    ClickEvent("click", 105, x=10, y=20),
    PurchaseEvent("buy", 130, amount=19.99),
    ClickEvent("click", 140, ["mobile"], 3, 4),
]
for e in events:
    print(e.describe(), "|", e)

print([f.name for f in fields(PurchaseEvent)])
print([(f.name, f.type) for f in fields(ClickEvent)][3:])
print(is_dataclass(ClickEvent), is_dataclass(events[0]), is_dataclass(dict))
print(asdict(events[2]))
print(events[1] == ClickEvent("click", 105, [], 10, 20), events[1] == Event("click", 105))
print(sum(e.amount for e in events if isinstance(e, PurchaseEvent)))
try:
    @dataclass
    class Broken(Event):
        required_after_default: int
except TypeError as e:
    print("TypeError:", e)
