# asyncio.Barrier (3.11) synchronises simulation workers between phases
import asyncio

log = []


async def simulation_worker(wid: int, barrier: asyncio.Barrier, grid: dict):
    for phase in range(3):
        # compute phase: each worker updates its own cell
        await asyncio.sleep(0.001 * (wid + 1))
        grid[wid] = grid.get(wid, 0) + (wid + 1) * (phase + 1)
        index = await barrier.wait()
        if index == 0:
            # exactly one worker per phase records the state
            log.append((phase, dict(sorted(grid.items()))))


async def main():
    n = 4
    barrier = asyncio.Barrier(n)
    grid = {}
    async with asyncio.TaskGroup() as tg:
        for wid in range(n):
            tg.create_task(simulation_worker(wid, barrier, grid))
    for phase, state in log:
        total = sum(state.values())
        print(f"after phase {phase}: {state} total={total}")
    print("barrier parties:", barrier.parties, "waiting:", barrier.n_waiting)


asyncio.run(main())
