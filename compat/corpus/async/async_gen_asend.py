# Driving an async generator with asend/athrow: a running statistics accumulator
import asyncio


class Reset(Exception):
    pass


async def running_stats():
    count, total, maximum = 0, 0.0, None
    value = yield None
    while True:
        try:
            await asyncio.sleep(0)
            count += 1
            total += value
            maximum = value if maximum is None else max(maximum, value)
            value = yield {"count": count, "mean": round(total / count, 3), "max": maximum}
        except Reset:
            count, total, maximum = 0, 0.0, None
            value = yield "reset"


async def main():
    stats = running_stats()
    await stats.asend(None)  # prime the generator
    for v in [4, 8, 15]:
        print("send", v, "->", await stats.asend(v))
    print("throw Reset ->", await stats.athrow(Reset()))
    for v in [16, 23, 42]:
        print("send", v, "->", await stats.asend(v))
    await stats.aclose()
    try:
        await stats.asend(1)
    except StopAsyncIteration:
        print("generator closed: StopAsyncIteration")


asyncio.run(main())
