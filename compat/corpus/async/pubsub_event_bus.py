# In-process pub/sub event bus: each subscriber has its own queue and topic filter
import asyncio
from collections import defaultdict


class EventBus:
    def __init__(self):
        self.subscribers = defaultdict(list)

    def subscribe(self, topic: str) -> asyncio.Queue:
        q = asyncio.Queue()
        self.subscribers[topic].append(q)
        return q

    async def publish(self, topic: str, message: dict):
        delivered = 0
        for pattern, queues in self.subscribers.items():
            if pattern == topic or (pattern.endswith(".*") and topic.startswith(pattern[:-1])):
                for q in queues:
                    await q.put((topic, message))
                    delivered += 1
        return delivered

    async def close(self):
        for queues in self.subscribers.values():
            for q in queues:
                await q.put(None)


async def listener(name, queue, inbox):
    while (item := await queue.get()) is not None:
        topic, msg = item
        inbox[name].append(f"{topic}:{msg['id']}")


async def main():
    bus = EventBus()
    inbox = defaultdict(list)
    listeners = [
        asyncio.create_task(listener("billing", bus.subscribe("order.paid"), inbox)),
        asyncio.create_task(listener("audit", bus.subscribe("order.*"), inbox)),
        asyncio.create_task(listener("shipping", bus.subscribe("order.packed"), inbox)),
    ]
    events = [("order.created", 1), ("order.paid", 1), ("order.packed", 1),
              ("user.login", 7), ("order.paid", 2)]
    for topic, oid in events:
        n = await bus.publish(topic, {"id": oid})
        print(f"published {topic:<14} -> {n} subscriber(s)")
    await bus.close()
    await asyncio.gather(*listeners)
    for name in sorted(inbox):
        print(f"{name:<8} received {inbox[name]}")


asyncio.run(main())
