# Process simulated downloads in completion order using asyncio.as_completed
import asyncio

FILES = {"report.pdf": 0.09, "logo.png": 0.01, "data.csv": 0.05, "notes.txt": 0.13}


async def download(name, delay):
    await asyncio.sleep(delay)
    size = len(name) * 1024
    return name, size


async def main():
    tasks = [download(n, d) for n, d in FILES.items()]
    total = 0
    for position, fut in enumerate(asyncio.as_completed(tasks), start=1):
        name, size = await fut
        total += size
        print(f"{position}. {name:<11} {size:>6} bytes (running total {total})")
    print(f"downloaded {len(FILES)} files, {total / 1024:.1f} KiB")


asyncio.run(main())
