# asyncio.Condition coordinates a bounded buffer between producers and consumers
import asyncio


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


async def producer(buf, name, count):
    for i in range(count):
        await buf.put(f"{name}{i}")
    return count


async def consumer(buf, n, out):
    for _ in range(n):
        out.append(await buf.get())


async def main():
    buf = BoundedBuffer(capacity=2)
    received = []
    results = await asyncio.gather(
        producer(buf, "a", 4),
        producer(buf, "b", 3),
        consumer(buf, 7, received),
    )
    print("produced per producer:", results[:2])
    print("received count:", len(received))
    print("received sorted:", sorted(received))
    print("a-items in order:", [x for x in received if x.startswith("a")])
    print("buffer empty at end:", buf.items == [])


asyncio.run(main())
