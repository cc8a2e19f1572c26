# asyncio.wait with FIRST_EXCEPTION stops early when one batch job fails
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} crashed")
    return f"{name} ok"


async def run_batch(spec):
    tasks = [asyncio.create_task(job(*s), name=s[0]) for s in spec]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"done={len(done)} pending={len(pending)}")
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception():
            print(f"  {t.get_name()}: error -> {t.exception()}")
        else:
            print(f"  {t.get_name()}: {t.result()}")
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    cancelled = sorted(t.get_name() for t, r in zip(pending, results)
                       if isinstance(r, asyncio.CancelledError))
    print("  cancelled:", cancelled)


async def main():
    print("batch A:")
    await run_batch([("extract", 0.005), ("transform", 0.02, True), ("load", 0.3), ("notify", 0.4)])
    print("batch B:")
    await run_batch([("extract", 0.005), ("transform", 0.01), ("load", 0.015)])


asyncio.run(main())
