# Micro-batching: collect events from a queue and flush when the batch is full or idle
import asyncio


async def emitter(queue: asyncio.Queue):
    bursts = [["click", "click", "view"], ["purchase"], ["view", "view", "view", "click", "view"]]
    for burst in bursts:
        for ev in burst:
            await queue.put(ev)
        await asyncio.sleep(0.1)  # quiet period between bursts
    await queue.put(None)


async def batcher(queue: asyncio.Queue, max_size: int, idle: float):
    batch, flushed = [], []

    def flush(reason):
        if batch:
            flushed.append((reason, list(batch)))
            print(f"flush ({reason}): {batch}")
            batch.clear()

    while True:
        try:
            ev = await asyncio.wait_for(queue.get(), timeout=idle)
        except asyncio.TimeoutError:
            flush("idle")
            continue
        if ev is None:
            flush("shutdown")
            break
        batch.append(ev)
        if len(batch) >= max_size:
            flush("full")
    return flushed


async def main():
    queue = asyncio.Queue()
    _, flushed = await asyncio.gather(emitter(queue), batcher(queue, max_size=3, idle=0.02))
    sizes = [len(b) for _, b in flushed]
    print("batch sizes:", sizes, "events:", sum(sizes))


asyncio.run(main())
