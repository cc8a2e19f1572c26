# Workers wait on an asyncio.Event before starting, then report in a deterministic order
import asyncio

start_gate = None
finished = []


async def runner(name: str, pace: float):
    print(f"{name} at the line")
    await start_gate.wait()
    await asyncio.sleep(pace)
    finished.append(name)
    print(f"{name} finished")


async def starter():
    await asyncio.sleep(0.01)
    print("--- GO ---")
    start_gate.set()


async def main():
    global start_gate
    start_gate = asyncio.Event()
    racers = {"tortoise": 0.09, "hare": 0.01, "fox": 0.05}
    tasks = [asyncio.create_task(runner(n, p)) for n, p in racers.items()]
    await starter()
    await asyncio.gather(*tasks)
    print("podium:")
    for place, name in enumerate(finished, 1):
        print(f"  {place}. {name}")
    print("event set:", start_gate.is_set())


asyncio.run(main())
