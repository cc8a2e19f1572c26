# asyncio's scheduling order: call_soon FIFO, task steps, gather, as_completed, sleeps on
# the clock (CPython's own asyncio over the sandbox's event loop).
import asyncio


async def step(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return delay


async def main():
    log = []
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon1")
    loop.call_soon(log.append, "soon2")
    t1 = asyncio.create_task(step("a", 3, log))
    t2 = asyncio.create_task(step("b", 2, log))
    later = []
    loop.call_later(0.001, later.append, "later")
    log.append("main")
    print(await asyncio.gather(t1, t2, step("c", 2, log)))
    await asyncio.sleep(0.01)
    print(log, later)

    log = []
    res = await asyncio.gather(*(sleeper(n, d, log) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02)]))
    print(res, log)

    order = []
    for fut in asyncio.as_completed([sleeper(n, d, order) for n, d in [("p", 0.02), ("q", 0.01)]]):
        print("as_completed", await fut)

    done, pending = await asyncio.wait([asyncio.create_task(sleeper(n, d, [])) for n, d in [("u", 0.01), ("v", 0.05)]],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()

    t = asyncio.create_task(step("n", 1, []), name="named")
    print(t.get_name(), t.done())
    await t
    print(t.done(), t.result(), t.cancelled())
    print(asyncio.current_task().get_name())
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(t.get_coro()))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut, fut)
    r = await asyncio.gather(step("g", 1, []), asyncio.sleep(0, "slept"))
    print(r)


asyncio.run(main())
print(asyncio.run(step("last", 2, [])))
