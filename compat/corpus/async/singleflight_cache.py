# Async cache with per-key locks so concurrent requests for one key hit the backend once
import asyncio
from collections import Counter


class AsyncCache:
    def __init__(self, loader):
        self._loader = loader
        self._values = {}
        self._locks = {}
        self.hits = 0
        self.misses = 0

    async def get(self, key):
        if key in self._values:
            self.hits += 1
            return self._values[key]
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key in self._values:  # another task loaded it while we waited
                self.hits += 1
                return self._values[key]
            self.misses += 1
            value = await self._loader(key)
            self._values[key] = value
            return value


backend_calls = Counter()


async def slow_lookup(key: str) -> str:
    backend_calls[key] += 1
    await asyncio.sleep(0.01)
    return key[::-1].upper()


async def main():
    cache = AsyncCache(slow_lookup)
    keys = ["alpha", "beta", "alpha", "alpha", "gamma", "beta"]
    values = await asyncio.gather(*(cache.get(k) for k in keys))
    print("values:", values)
    print("backend calls:", dict(sorted(backend_calls.items())))
    print(f"hits={cache.hits} misses={cache.misses}")
    again = await cache.get("gamma")
    print("second round:", again, f"hits={cache.hits}")


asyncio.run(main())
