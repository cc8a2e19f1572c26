# Hedged requests: asyncio.wait(FIRST_COMPLETED) picks the fastest replica, cancels the rest
import asyncio

REPLICAS = {"eu-west": 0.4, "us-east": 0.01, "ap-south": 0.8}


async def query(replica: str, latency: float) -> str:
    try:
        await asyncio.sleep(latency)
        return f"answer from {replica}"
    except asyncio.CancelledError:
        print(f"  {replica}: request cancelled")
        raise


async def hedged(replicas: dict) -> str:
    tasks = [asyncio.create_task(query(n, l), name=n) for n, l in replicas.items()]
    finish_order = []
    for t in tasks:
        t.add_done_callback(finish_order.append)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    # if several finished in the same loop iteration, the earliest finisher wins
    winner = next(t for t in finish_order if t in done)
    print(f"  winner: {winner.get_name()}, {len(pending)} cancelled")
    return winner.result()


async def main():
    print("round 1")
    print(" ", await hedged(REPLICAS))
    print("round 2 (us-east degraded)")
    degraded = dict(REPLICAS, **{"us-east": 1.5})
    print(" ", await hedged(degraded))


asyncio.run(main())
