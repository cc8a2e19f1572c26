# Simple event bus with observers subscribing bound methods and callables
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, event, handler):
        self._subs[event].append(handler)
        return lambda: self._subs[event].remove(handler)

    def emit(self, event, **payload):
        handlers = list(self._subs.get(event, []))
        results = []
        for h in handlers:
            results.append(h(event, **payload))
        return results

    def __repr__(self):
        counts = {k: len(v) for k, v in self._subs.items()}
        return f"EventBus({counts})"


class AuditLog:
    def __init__(self):
        self.entries = []

    def record(self, event, **payload):
        self.entries.append(f"{event}:{sorted(payload.items())}")
        return "audited"


class Mailer:
    def __init__(self, sender):
        self.sender = sender
        self.outbox = []

    def on_signup(self, event, user, **_):
        self.outbox.append(f"{self.sender} -> {user}: welcome!")
        return "mailed"


class Stats:
    def __init__(self):
        self.counts = defaultdict(int)

    def __call__(self, event, **payload):
        self.counts[event] += 1
        return "counted"


bus, audit, mailer, stats = EventBus(), AuditLog(), Mailer("noreply@shop"), Stats()
for ev in ("signup", "purchase"):
    bus.subscribe(ev, audit.record)
    bus.subscribe(ev, stats)
unsubscribe = bus.subscribe("signup", mailer.on_signup)

print(bus.emit("signup", user="ann"))
print(bus.emit("purchase", user="ann", amount=30))
unsubscribe()
print(bus.emit("signup", user="bob"))
print(bus.emit("logout", user="ann"))
print(bus)
print(audit.entries)
print(mailer.outbox, dict(stats.counts))
print(mailer.on_signup.__self__ is mailer, mailer.on_signup.__func__.__name__)
print(mailer.on_signup == mailer.on_signup, mailer.on_signup is mailer.on_signup)
