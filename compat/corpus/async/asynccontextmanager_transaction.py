# contextlib.asynccontextmanager implements a transaction that commits or rolls back
import asyncio
from contextlib import asynccontextmanager


class Store:
    def __init__(self):
        self.data = {"alice": 50, "bob": 20}

    def snapshot(self):
        return dict(self.data)


@asynccontextmanager
async def transaction(store: Store):
    saved = store.snapshot()
    print("BEGIN")
    try:
        yield store.data
    except Exception as exc:
        store.data.clear()
        store.data.update(saved)
        print(f"ROLLBACK ({type(exc).__name__}: {exc})")
        raise
    else:
        await asyncio.sleep(0)
        print("COMMIT")


async def transfer(store, src, dst, amount):
    async with transaction(store) as data:
        data[src] -= amount
        await asyncio.sleep(0.001)
        if data[src] < 0:
            raise ValueError(f"{src} would be overdrawn by {-data[src]}")
        data[dst] += amount


async def main():
    store = Store()
    for src, dst, amount in [("alice", "bob", 30), ("bob", "alice", 80), ("bob", "alice", 10)]:
        try:
            await transfer(store, src, dst, amount)
            print(f"transferred {amount} {src}->{dst}")
        except ValueError as e:
            print("failed:", e)
        print("balances:", store.data)


asyncio.run(main())
