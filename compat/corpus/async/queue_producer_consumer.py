# Producer/consumer pipeline with asyncio.Queue, sentinel shutdown and per-worker stats
import asyncio
from collections import defaultdict

SENTINEL = None


async def producer(queue: asyncio.Queue, items):
    for item in items:
        await queue.put(item)
        print(f"produced {item}")
    await queue.put(SENTINEL)


async def consumer(queue: asyncio.Queue, totals: dict):
    while True:
        item = await queue.get()
        try:
            if item is SENTINEL:
                print("consumer got sentinel, stopping")
                return
            category, amount = item
            totals[category] += amount
            print(f"consumed {category}={amount}")
        finally:
            queue.task_done()


async def main():
    items = [("books", 12), ("games", 30), ("books", 8), ("music", 5), ("games", 7)]
    queue = asyncio.Queue(maxsize=2)
    totals = defaultdict(int)
    await asyncio.gather(producer(queue, items), consumer(queue, totals))
    await queue.join()
    for category in sorted(totals):
        print(f"{category:<6} {totals[category]:>4}")
    print("queue empty:", queue.empty())


asyncio.run(main())
