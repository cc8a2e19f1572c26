# Split a clickstream into user sessions using a 30-minute inactivity timeout
from collections import defaultdict

clicks = [
    ("u1", 0, "/home"), ("u2", 5, "/home"), ("u1", 3, "/products"), ("u1", 12, "/cart"),
    ("u2", 50, "/search"), ("u1", 70, "/home"), ("u2", 55, "/product/9"), ("u1", 75, "/checkout"),
    ("u3", 10, "/home"), ("u2", 120, "/home"), ("u1", 200, "/home"), ("u3", 39, "/about"),
]
TIMEOUT = 30

by_user = defaultdict(list)
for user, minute, page in sorted(clicks, key=lambda c: (c[0], c[1])):
    by_user[user].append((minute, page))

sessions = []
for user, events in by_user.items():
    current = [events[0]]
    for prev, ev in zip(events, events[1:]):
        if ev[0] - prev[0] > TIMEOUT:
            sessions.append((user, current))
            current = []
        current.append(ev)
    sessions.append((user, current))

for n, (user, evs) in enumerate(sessions, 1):
    duration = evs[-1][0] - evs[0][0]
    path = " > ".join(p for _, p in evs)
    print(f"S{n:<2} {user} t={evs[0][0]:>3}-{evs[-1][0]:<3} {duration:>3}min  {path}")

converted = [u for u, evs in sessions if any(p == "/checkout" for _, p in evs)]
bounces = sum(1 for _, evs in sessions if len(evs) == 1)
print(f"\n{len(sessions)} sessions, {bounces} bounces ({bounces / len(sessions):.0%}), converted users: {converted}")
per_user = {u: sum(1 for s, _ in sessions if s == u) for u in by_user}
print("sessions per user:", per_user)
