# A small LRU cache built on OrderedDict, with a simulated access pattern
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: OrderedDict[str, int] = OrderedDict()
        self.hits = self.misses = 0
        self.evicted: list[str] = []

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evicted.append(old)

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


cache = LRUCache(3)
for key in "a b c a d b e a c a".split():
    if cache.get(key) is None:
        cache.put(key, ord(key) - ord("a") + 1)
    print(f"access {key}: {list(cache.data)}")

print(cache)
print(f"hits={cache.hits} misses={cache.misses} hit rate={cache.hits / (cache.hits + cache.misses):.0%}")
print("evicted in order:", cache.evicted)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=True)
od.move_to_end("z", last=False)
print(od, od == {"z": 0, "y": 0, "x": 0}, od == OrderedDict(x=0, y=0, z=0))
