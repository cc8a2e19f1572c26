# Count ticket statuses with an Enum and validate allowed state transitions
from enum import Enum, auto
from collections import Counter


class Status(Enum):
    OPEN = auto()
    IN_PROGRESS = auto()
    BLOCKED = auto()
    RESOLVED = auto()
    CLOSED = auto()


ALLOWED = {
    Status.OPEN: {Status.IN_PROGRESS, Status.CLOSED},
    Status.IN_PROGRESS: {Status.BLOCKED, Status.RESOLVED},
    Status.BLOCKED: {Status.IN_PROGRESS},
    Status.RESOLVED: {Status.CLOSED, Status.OPEN},
    Status.CLOSED: set(),
}

history = {
    "T-1": ["OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"],
    "T-2": ["OPEN", "IN_PROGRESS", "BLOCKED", "IN_PROGRESS"],
    "T-3": ["OPEN", "RESOLVED"],
    "T-4": ["OPEN"],
    "T-5": ["OPEN", "IN_PROGRESS", "RESOLVED", "OPEN", "CLOSED"],
}

current = Counter()
for ticket, steps in history.items():
    states = [Status[s] for s in steps]
    bad = [(a.name, b.name) for a, b in zip(states, states[1:]) if b not in ALLOWED[a]]
    current[states[-1]] += 1
    verdict = "ok" if not bad else f"INVALID {bad}"
    print(f"{ticket}: {' > '.join(s.name.lower() for s in states):<48} {verdict}")

print("\nCurrent status counts:")
for status in Status:
    print(f"  {status.name:<12} {status.value}  {current[status]}")
print(Status.BLOCKED, repr(Status.CLOSED), Status(2).name)
print("terminal states:", [s.name for s, nxt in ALLOWED.items() if not nxt])
