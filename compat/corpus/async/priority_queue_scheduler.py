# Job scheduler with asyncio.PriorityQueue: urgent jobs run before routine ones
import asyncio
from dataclasses import dataclass, field
import itertools

_counter = itertools.count()


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_counter))
    name: str = field(default="", compare=False)
    cost: float = field(default=0.001, compare=False)


async def scheduler(queue: asyncio.PriorityQueue, log: list):
    while True:
        job = await queue.get()
        if job.name == "__stop__":
            queue.task_done()
            break
        await asyncio.sleep(job.cost)
        log.append(job)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    submissions = [
        (5, "rebuild search index"),
        (1, "page on-call: db down"),
        (3, "send weekly digest"),
        (1, "rotate leaked key"),
        (4, "compress old logs"),
        (2, "refund customer 4411"),
    ]
    for prio, name in submissions:
        await queue.put(Job(prio, name=name))
    await queue.put(Job(99, name="__stop__"))
    log = []
    await scheduler(queue, log)
    print("execution order:")
    for i, job in enumerate(log, 1):
        print(f"{i}. [p{job.priority}] {job.name}")
    print("remaining in queue:", queue.qsize())


asyncio.run(main())
