# Token-bucket rate limiter simulated over a list of timestamped requests per API key
from dataclasses import dataclass
from collections import defaultdict


@dataclass
class TokenBucket:
    capacity: float
    refill_per_sec: float
    tokens: float = -1.0
    last: float = 0.0

    def __post_init__(self):
        if self.tokens < 0:
            self.tokens = self.capacity

    def allow(self, now: float, cost: float = 1.0) -> bool:
        elapsed = max(0.0, now - self.last)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.refill_per_sec)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


PLANS = {"free": (3, 0.5), "pro": (10, 5.0)}
KEYS = {"key-abc": "free", "key-xyz": "pro"}

# (timestamp seconds, api key, endpoint cost)
REQUESTS = [
    (0.0, "key-abc", 1), (0.1, "key-abc", 1), (0.2, "key-abc", 1), (0.3, "key-abc", 1),
    (0.3, "key-xyz", 5), (0.4, "key-xyz", 5), (0.5, "key-xyz", 5),
    (2.3, "key-abc", 1), (2.4, "key-abc", 1), (1.5, "key-xyz", 5),
    (6.0, "key-abc", 2), (6.1, "key-abc", 2), (9.0, "key-nope", 1),
]


def simulate(requests):
    buckets = {}
    stats = defaultdict(lambda: {"allowed": 0, "limited": 0})
    for ts, key, cost in sorted(requests, key=lambda r: r[0]):
        plan = KEYS.get(key)
        if plan is None:
            print(f"t={ts:4.1f} {key:<8} 401 unknown key")
            continue
        bucket = buckets.setdefault(key, TokenBucket(*PLANS[plan]))
        ok = bucket.allow(ts, cost)
        stats[key]["allowed" if ok else "limited"] += 1
        code = "200" if ok else "429"
        print(f"t={ts:4.1f} {key:<8} cost={cost} -> {code} (tokens left {bucket.tokens:.2f})")
    return stats


stats = simulate(REQUESTS)
print()
for key, s in sorted(stats.items()):
    total = s["allowed"] + s["limited"]
    print(f"{key} [{KEYS[key]}]: {s['allowed']}/{total} allowed, {s['limited']} throttled")
