# Async comprehensions (PEP 530): async for and await in list/set/dict comprehensions and
# generator expressions, nested ones, conditions.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([x async for x in agen(6) if x % 2 if await double(x) > 2])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([[y async for y in agen(x)] for x in range(3)])
    print([[await double(y) for y in range(x)] async for x in agen(3)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    g2 = (x * x async for x in agen(4))
    print([v async for v in g2])
    total = 0
    async for v in (x async for x in agen(5)):
        total += v
    print(total)
    print(sum([x async for x in agen(5)]))


def sync_genexp(y):
    return (x async for x in y)


print(type(sync_genexp(agen(1))).__name__)
asyncio.run(main())
