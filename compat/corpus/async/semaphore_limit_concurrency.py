# A Semaphore caps concurrent simulated downloads; track peak concurrency
import asyncio


class Tracker:
    def __init__(self):
        self.active = 0
        self.peak = 0

    def enter(self):
        self.active += 1
        self.peak = max(self.peak, self.active)

    def leave(self):
        self.active -= 1


async def download(i: int, sem: asyncio.Semaphore, tracker: Tracker) -> int:
    async with sem:
        tracker.enter()
        await asyncio.sleep(0.005)
        tracker.leave()
    return i * i


async def main():
    for limit in (1, 3, 5):
        sem = asyncio.Semaphore(limit)
        tracker = Tracker()
        results = await asyncio.gather(*(download(i, sem, tracker) for i in range(10)))
        print(f"limit={limit}: peak concurrency {tracker.peak}, sum of results {sum(results)}")


asyncio.run(main())
