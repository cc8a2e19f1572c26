# Cancellation, timeouts, shield, gather(return_exceptions=) as CPython's asyncio.
import asyncio


async def worker(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")


async def fails(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    log = []
    t = asyncio.create_task(worker("w", 10, log))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(t.cancelled(), log)

    try:
        await asyncio.wait_for(worker("slow", 10, log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, e.args)
    print(await asyncio.wait_for(worker("fast", 0.001, log), timeout=1))

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no timeout", cm.expired(), cm.when())

    inner = asyncio.create_task(worker("shielded", 0.02, log))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except TimeoutError:
        print("shield outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)

    res = await asyncio.gather(fails("bad"), worker("ok", 0, log), asyncio.sleep(0, 7), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(fails("first"), fails("second", 0.01))
    except ValueError as e:
        print("gather raised", e)

    g = asyncio.gather(worker("g1", 10, log), worker("g2", 10, log))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    await asyncio.sleep(0)

    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled twice, cancelling()", t.cancelling())
    print(sorted(log))

    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    print(repr(fut.exception()))
    fut2 = asyncio.get_running_loop().create_future()
    try:
        fut2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)


asyncio.run(main())
