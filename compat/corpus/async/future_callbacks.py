# Low-level futures: create_future, set_result from another task, done callbacks
import asyncio


def on_done(label, log):
    def callback(fut: asyncio.Future):
        if fut.cancelled():
            log.append(f"{label}: cancelled")
        elif fut.exception() is not None:
            log.append(f"{label}: failed with {fut.exception()!r}")
        else:
            log.append(f"{label}: result={fut.result()}")
    return callback


async def resolver(fut, value, delay):
    await asyncio.sleep(delay)
    if isinstance(value, Exception):
        fut.set_exception(value)
    else:
        fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    f1.add_done_callback(on_done("f1", log))
    f2.add_done_callback(on_done("f2", log))
    f3.add_done_callback(on_done("f3", log))
    asyncio.create_task(resolver(f1, 42, 0.01))
    asyncio.create_task(resolver(f2, KeyError("token"), 0.02))
    print("f1 awaited:", await f1)
    try:
        await f2
    except KeyError as e:
        print("f2 raised KeyError:", e)
    f3.cancel()
    await asyncio.sleep(0)
    for line in log:
        print(line)
    try:
        f1.set_result(0)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
