# asyncio.shield protects a critical write from cancellation of the outer request
import asyncio

journal = []


async def write_journal(entry: str):
    await asyncio.sleep(0.06)
    journal.append(entry)
    return len(journal)


async def handle_request(entry: str, use_shield: bool):
    inner = asyncio.ensure_future(write_journal(entry))
    try:
        if use_shield:
            return await asyncio.shield(inner)
        return await inner
    except asyncio.CancelledError:
        print(f"  request for {entry!r} cancelled (inner cancelled: {inner.cancelled()})")
        if use_shield:
            await inner  # let the protected write finish
        raise


async def main():
    for use_shield in (False, True):
        entry = "shielded" if use_shield else "unprotected"
        print(f"shield={use_shield}")
        task = asyncio.create_task(handle_request(entry, use_shield))
        await asyncio.sleep(0.01)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        await asyncio.sleep(0.08)
        print("  journal:", journal)


asyncio.run(main())
