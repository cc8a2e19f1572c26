# Simulated concurrent HTTP fetchers using asyncio.gather with a fake latency table
import asyncio

FAKE_RESPONSES = {
    "https://api.example.com/users": (0.03, 200, '{"count": 3}'),
    "https://api.example.com/orders": (0.01, 200, '{"count": 12}'),
    "https://api.example.com/health": (0.02, 503, "unavailable"),
}


async def fetch(url: str) -> dict:
    delay, status, body = FAKE_RESPONSES[url]
    await asyncio.sleep(delay)
    return {"url": url, "status": status, "length": len(body)}


async def main() -> None:
    urls = list(FAKE_RESPONSES)
    results = await asyncio.gather(*(fetch(u) for u in urls))
    # gather preserves the input order regardless of completion order
    for r in results:
        marker = "OK " if r["status"] == 200 else "ERR"
        print(f"{marker} {r['status']} {r['length']:>4} bytes  {r['url']}")
    ok = sum(1 for r in results if r["status"] == 200)
    print(f"{ok}/{len(results)} endpoints healthy")


asyncio.run(main())
