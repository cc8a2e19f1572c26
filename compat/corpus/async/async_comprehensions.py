# Async comprehensions: list/dict/set comprehensions over async generators and awaits
import asyncio


async def ticker(symbols):
    prices = {"AAPL": 189.5, "MSFT": 402.1, "GOOG": 141.8, "TSLA": 0.0, "AMZN": 178.2}
    for sym in symbols:
        await asyncio.sleep(0)
        yield sym, prices.get(sym, 0.0)


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    symbols = ["AAPL", "MSFT", "GOOG", "TSLA", "AMZN"]
    priced = [(s, p) async for s, p in ticker(symbols) if p > 0]
    print("priced:", priced)

    lookup = {s: round(p * 1.1, 2) async for s, p in ticker(symbols)}
    print("with markup:", lookup)

    initials = {s[0] async for s, _ in ticker(symbols)}
    print("initials:", sorted(initials))

    doubled = [await double(n) for n in range(5)]
    print("doubled:", doubled)

    expensive = [s async for s, p in ticker(symbols) if await double(p) > 500]
    print("double price above 500:", expensive)


asyncio.run(main())
