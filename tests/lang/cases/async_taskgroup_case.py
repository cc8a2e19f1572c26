# TaskGroup: results, a failing child cancels the others, ExceptionGroup of the errors.
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise fail
    print(f"{name} finished")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01))
    print(t1.result(), t2.result())

    gate = asyncio.Event()

    async def gated(name, exc):
        await gate.wait()
        raise exc

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.05))
            tg.create_task(gated("bad", ValueError("bad value")))
            tg.create_task(gated("worse", TypeError("bad type")))
            await asyncio.sleep(0)
            gate.set()
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("bg", 1))
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
