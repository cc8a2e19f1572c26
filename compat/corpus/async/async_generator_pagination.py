# Async generator that pages through a fake paginated API and async-for over items
import asyncio

DATA = [f"item-{i:02d}" for i in range(1, 12)]


async def fetch_page(page: int, size: int):
    await asyncio.sleep(0.001)
    start = (page - 1) * size
    items = DATA[start:start + size]
    next_page = page + 1 if start + size < len(DATA) else None
    return {"page": page, "items": items, "next": next_page}


async def iterate_items(size: int):
    page = 1
    while page is not None:
        resp = await fetch_page(page, size)
        print(f"[fetched page {resp['page']} with {len(resp['items'])} items]")
        for item in resp["items"]:
            yield item
        page = resp["next"]


async def main():
    collected = []
    async for item in iterate_items(size=4):
        collected.append(item)
    print("total items:", len(collected))
    print("first/last:", collected[0], collected[-1])

    # early exit from the async generator
    gen = iterate_items(size=5)
    first_three = []
    async for item in gen:
        first_three.append(item)
        if len(first_three) == 3:
            break
    await gen.aclose()
    print("first three:", first_three)


asyncio.run(main())
