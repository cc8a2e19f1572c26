# Using asyncio.wait_for to enforce per-request deadlines on slow simulated services
import asyncio

SERVICES = [("cache", 0.005), ("database", 0.02), ("search", 0.5), ("billing", 0.01)]


async def call_service(name, latency):
    await asyncio.sleep(latency)
    return f"{name} responded"


async def call_with_deadline(name, latency, deadline):
    try:
        result = await asyncio.wait_for(call_service(name, latency), timeout=deadline)
        return ("ok", result)
    except asyncio.TimeoutError:
        return ("timeout", f"{name} exceeded {deadline * 1000:.0f} ms")


async def main():
    deadline = 0.15
    results = []
    for name, latency in SERVICES:
        status, detail = await call_with_deadline(name, latency, deadline)
        results.append(status)
        print(f"[{status:>7}] {detail}")
    print("timeouts:", results.count("timeout"))
    print("all ok:", all(s == "ok" for s in results))


asyncio.run(main())
