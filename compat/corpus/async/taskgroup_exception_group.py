# TaskGroup failure: sibling tasks are cancelled and errors arrive as an ExceptionGroup
import asyncio

events = []


async def worker(name, gate, fail=None, delay=0.0):
    try:
        if gate is not None:
            await gate.wait()
        await asyncio.sleep(delay)
        if fail:
            events.append(f"{name} failing")
            raise fail
        events.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise


async def open_gate(gate):
    await asyncio.sleep(0.05)
    gate.set()


async def main():
    gate = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("quick", None, delay=0.001))
            tg.create_task(open_gate(gate))
            # both failing workers wake up in the same loop iteration
            tg.create_task(worker("parser", gate, ValueError("bad header")))
            tg.create_task(worker("uploader", gate, ConnectionError("reset by peer")))
            tg.create_task(worker("slowpoke", None, delay=0.5))
    except* ValueError as eg:
        for exc in eg.exceptions:
            print("value error handled:", exc)
    except* ConnectionError as eg:
        for exc in eg.exceptions:
            print("connection error handled:", exc)
    for e in events:
        print(" -", e)


asyncio.run(main())
