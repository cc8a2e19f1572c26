# The aiter() and anext() built-ins
import asyncio
from contextlib import asynccontextmanager


async def agen(n):
    for i in range(n):
        yield i


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class BadAiter:
    def __aiter__(self):
        return 5


@asynccontextmanager
async def managed(log):
    log.append("enter")
    try:
        yield "res"
    finally:
        log.append("exit")


async def main():
    it = agen(2)
    print(aiter(it) is it)
    print(await anext(it), await anext(it, "d1"), await anext(it, "d2"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    c = Counter(2)
    print(await anext(aiter(c)), await anext(c), await anext(c, None))
    for bad in (1, None, [1], BadAiter()):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
    for bad in (5, [1], "s"):
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    log = []
    async with managed(log) as r:
        log.append(r)
    print(log)
    print([x async for x in aiter(agen(3))])


asyncio.run(main())
