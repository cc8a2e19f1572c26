# Chained async generator stages (source -> parse -> filter -> enrich) like a streaming ETL
import asyncio
import json

RAW_EVENTS = [
    '{"user": "ana", "action": "login", "ms": 120}',
    '{"user": "bo", "action": "purchase", "ms": 340, "amount": 19.99}',
    'not json at all',
    '{"user": "ana", "action": "purchase", "ms": 95, "amount": 5.5}',
    '{"user": "cy", "action": "logout", "ms": 30}',
    '{"user": "bo", "action": "purchase", "ms": 210, "amount": 42.0}',
]

COUNTRIES = {"ana": "PT", "bo": "SE", "cy": "CA"}


async def source(lines):
    for line in lines:
        await asyncio.sleep(0)
        yield line


async def parse(stream, errors):
    async for line in stream:
        try:
            yield json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"skipped line ({e.msg})")


async def only(stream, action):
    async for ev in stream:
        if ev["action"] == action:
            yield ev


async def enrich(stream):
    async for ev in stream:
        await asyncio.sleep(0)
        yield {**ev, "country": COUNTRIES.get(ev["user"], "??")}


async def main():
    errors = []
    pipeline = enrich(only(parse(source(RAW_EVENTS), errors), "purchase"))
    total = 0.0
    async for ev in pipeline:
        total += ev["amount"]
        print(f"{ev['user']:<4} {ev['country']} {ev['amount']:>7.2f}  ({ev['ms']} ms)")
    print(f"revenue: {total:.2f}")
    print("errors:", errors)


asyncio.run(main())
