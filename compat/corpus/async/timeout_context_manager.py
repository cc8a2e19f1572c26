# asyncio.timeout (3.11) around a batch of steps; the slow step triggers TimeoutError
import asyncio


async def step(name: str, delay: float, log: list[str]) -> None:
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"done {name}")


async def run_batch(label: str, steps: list[tuple[str, float]], budget: float) -> None:
    log: list[str] = []
    try:
        async with asyncio.timeout(budget):
            for name, delay in steps:
                await step(name, delay, log)
        outcome = "completed"
    except TimeoutError:
        outcome = "timed out"
    print(f"{label}: {outcome}")
    for line in log:
        print("   ", line)


async def main() -> None:
    await run_batch("fast batch", [("load", 0.005), ("parse", 0.005)], budget=0.5)
    await run_batch("slow batch", [("load", 0.005), ("crunch", 5.0), ("save", 0.005)], budget=0.25)
    # rescheduling a timeout
    async with asyncio.timeout(None) as cm:
        print("deadline initially:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1.0)
        print("deadline set:", cm.when() is not None)
        await asyncio.sleep(0)
    print("expired:", cm.expired())


asyncio.run(main())
