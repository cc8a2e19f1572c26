# except* around asyncio.TaskGroup (CPython 3.11): the errors of failed tasks arrive as
# an ExceptionGroup, each clause takes its kind.
import asyncio


async def job(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc is not None:
        raise exc
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            # The same round of the loop, whatever the machine's load (not equal timers).
            tg.create_task(job("a", 0, ValueError("bad a")))
            tg.create_task(job("b", 0, KeyError("bad b")))
            tg.create_task(job("c", 0, ValueError("bad c")))
            slow = tg.create_task(job("slow", 1))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])
    print("slow cancelled:", slow.cancelled())

    # unhandled kinds escape the async function as a group
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("x", 0, OSError("io")))
                tg.create_task(job("y", 0, TypeError("type")))
        except* OSError:
            print("os handled")
    except* TypeError as eg:
        print("outer got", eg.exceptions)

    # await inside a handler
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        r = await job("in handler", 0)
        print(r, eg.exceptions)

    # a handler that raises while awaiting
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            await job("z", 0, RuntimeError("from await"))
    except ExceptionGroup as eg:
        print(repr(eg))

asyncio.run(main())
