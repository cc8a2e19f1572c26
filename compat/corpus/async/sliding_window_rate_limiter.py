# Sliding-window rate limiter on a virtual clock: decide which API calls are allowed
import asyncio
from collections import deque


class VirtualClock:
    """Deterministic clock advanced explicitly by the simulation."""

    def __init__(self):
        self.now = 0.0

    async def advance(self, seconds: float):
        await asyncio.sleep(0)
        self.now = round(self.now + seconds, 6)


class SlidingWindowLimiter:
    def __init__(self, clock: VirtualClock, limit: int, window: float):
        self.clock = clock
        self.limit = limit
        self.window = window
        self.calls: deque[float] = deque()
        self.lock = asyncio.Lock()

    async def try_acquire(self) -> bool:
        async with self.lock:
            cutoff = self.clock.now - self.window
            while self.calls and self.calls[0] <= cutoff:
                self.calls.popleft()
            if len(self.calls) < self.limit:
                self.calls.append(self.clock.now)
                return True
            return False


async def client(name, limiter, clock, schedule, results):
    for gap in schedule:
        await clock.advance(gap)
        allowed = await limiter.try_acquire()
        results.append((clock.now, name, allowed))


async def main():
    clock = VirtualClock()
    limiter = SlidingWindowLimiter(clock, limit=3, window=1.0)
    results = []
    # a single client, so virtual time is strictly sequential
    await client("api", limiter, clock, [0.1, 0.1, 0.1, 0.1, 0.5, 0.3, 0.1, 0.1, 1.2], results)
    for t, name, ok in results:
        print(f"t={t:4.1f}s {name}: {'ALLOW' if ok else 'DENY '}")
    allowed = sum(ok for *_, ok in results)
    print(f"allowed {allowed}/{len(results)}")


asyncio.run(main())
