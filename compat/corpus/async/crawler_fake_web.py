# Breadth-first crawler over a fake in-memory website with a concurrency limit
import asyncio
from urllib.parse import urljoin

SITE = {
    "https://shop.test/": ["/products", "/about", "/blog"],
    "https://shop.test/products": ["/products/1", "/products/2", "/"],
    "https://shop.test/products/1": ["/products", "/cart"],
    "https://shop.test/products/2": ["/products", "/cart", "https://other.test/ad"],
    "https://shop.test/about": ["/", "/contact"],
    "https://shop.test/blog": ["/blog/post-1", "/about"],
    "https://shop.test/blog/post-1": ["/blog", "/missing"],
    "https://shop.test/cart": [],
    "https://shop.test/contact": ["/"],
}


class NotFound(Exception):
    pass


async def fetch_links(url: str) -> list[str]:
    await asyncio.sleep(0.002)
    if url not in SITE:
        raise NotFound(url)
    return [urljoin(url, href) for href in SITE[url]]


async def crawl(start: str, max_concurrency: int = 3):
    seen = {start}
    frontier = [start]
    depth = 0
    broken = []
    sem = asyncio.Semaphore(max_concurrency)

    async def visit(url):
        async with sem:
            return await fetch_links(url)

    while frontier:
        print(f"depth {depth}: {len(frontier)} page(s)")
        results = await asyncio.gather(*(visit(u) for u in frontier), return_exceptions=True)
        next_frontier = []
        for url, res in zip(frontier, results):
            if isinstance(res, NotFound):
                broken.append(url)
                continue
            for link in res:
                if link.startswith("https://shop.test") and link not in seen:
                    seen.add(link)
                    next_frontier.append(link)
        frontier = next_frontier
        depth += 1
    return seen, broken


async def main():
    seen, broken = await crawl("https://shop.test/")
    print(f"discovered {len(seen)} URLs:")
    for url in sorted(seen):
        print("  ", url)
    print("broken links:", broken)


asyncio.run(main())
