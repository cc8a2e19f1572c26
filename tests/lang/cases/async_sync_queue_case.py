# Queue producer/consumer, Event, Lock, Semaphore, Condition, PriorityQueue, Barrier.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 10)
        print("got", item)
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    await q.join()
    print(out, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        pq.put_nowait((p, f"job{p}"))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("woke", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)

    lock = asyncio.Lock()
    shared = []
    async def critical(i):
        async with lock:
            shared.append(f"in{i}")
            await asyncio.sleep(0)
            shared.append(f"out{i}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(shared, lock.locked())

    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("max concurrent", active[1])
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            print("condition got", items.pop())
    c = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("x")
        cond.notify()
    await c

    barrier = asyncio.Barrier(2)
    async def party(i):
        print("arrive", i)
        await barrier.wait()
        print("pass", i)
    await asyncio.gather(party(1), party(2))
    print(barrier.n_waiting, barrier.parties, barrier.broken)


asyncio.run(main())
