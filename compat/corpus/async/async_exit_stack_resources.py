# contextlib.AsyncExitStack opens a variable number of resources and closes them in reverse
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

events = []


@asynccontextmanager
async def open_resource(name: str, fail_on_open: bool = False):
    await asyncio.sleep(0)
    if fail_on_open:
        events.append(f"open {name} FAILED")
        raise OSError(f"cannot open {name}")
    events.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        events.append(f"close {name}")


async def use_all(names, failing=None):
    async with AsyncExitStack() as stack:
        handles = []
        for n in names:
            handles.append(await stack.enter_async_context(open_resource(n, n == failing)))
        stack.push_async_callback(record_summary, handles)
        events.append(f"working with {handles}")


async def record_summary(handles):
    events.append(f"summary: {len(handles)} handles used")


async def main():
    await use_all(["db", "cache", "queue"])
    print("\n".join(events))
    events.clear()
    print("---")
    try:
        await use_all(["db", "cache", "queue"], failing="queue")
    except OSError as e:
        events.append(f"caught: {e}")
    print("\n".join(events))


asyncio.run(main())
