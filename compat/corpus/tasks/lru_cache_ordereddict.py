# LRU cache with TTL built on OrderedDict, used to memoise a fake slow user-profile lookup
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int, ttl: int | None = None):
        self.capacity = capacity
        self.ttl = ttl
        self._data: OrderedDict[str, tuple[object, int]] = OrderedDict()
        self.hits = self.misses = self.evictions = self.expirations = 0

    def get(self, key, now: int):
        if key not in self._data:
            self.misses += 1
            return None
        value, stored_at = self._data[key]
        if self.ttl is not None and now - stored_at >= self.ttl:
            del self._data[key]
            self.expirations += 1
            self.misses += 1
            return None
        self._data.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key, value, now: int):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = (value, now)
        if len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            self.evictions += 1
            return old
        return None

    def keys(self):
        return list(self._data)

    def __len__(self):
        return len(self._data)


DB = {f"user{i}": {"id": i, "name": n} for i, n in enumerate(["ana", "ben", "cai", "dee", "eve", "fay"], 1)}
db_reads = 0


def load_profile(cache, key, now):
    global db_reads
    cached = cache.get(key, now)
    if cached is not None:
        return cached, "hit"
    db_reads += 1
    profile = DB.get(key)
    evicted = cache.put(key, profile, now)
    return profile, f"miss{' (evicted ' + evicted + ')' if evicted else ''}"


cache = LRUCache(capacity=3, ttl=50)
trace = [(0, "user1"), (1, "user2"), (2, "user1"), (3, "user3"), (4, "user4"), (5, "user2"),
         (6, "user1"), (10, "user3"), (60, "user1"), (61, "user9"), (62, "user4"), (63, "user5")]
for t, key in trace:
    profile, outcome = load_profile(cache, key, t)
    name = profile["name"] if profile else None
    print(f"t={t:>2} get {key:<5} -> {str(name):<5} {outcome:<20} cache={cache.keys()}")
print(f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions} "
      f"expirations={cache.expirations} db_reads={db_reads}")
print(f"hit ratio: {cache.hits / (cache.hits + cache.misses):.1%}")
