# A class-based async context manager that simulates a database connection pool
import asyncio


class FakeConnection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0

    async def execute(self, sql):
        await asyncio.sleep(0.001)
        self.queries += 1
        return f"conn{self.cid}: {sql.split()[0].upper()} ok"


class Pool:
    def __init__(self, size):
        self.size = size
        self.free = []
        self.log = []

    async def __aenter__(self):
        for i in range(self.size):
            await asyncio.sleep(0)
            self.free.append(FakeConnection(i))
        self.log.append(f"pool opened with {self.size} connections")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        total = sum(c.queries for c in self.free)
        self.log.append(f"pool closed after {total} queries")
        if exc_type is KeyError:
            self.log.append(f"suppressed KeyError: {exc}")
            return True
        return False

    def acquire(self):
        return self.free.pop(0)

    def release(self, conn):
        self.free.append(conn)


async def main():
    pool = Pool(2)
    async with pool as p:
        for sql in ["select * from users", "update users set x=1", "delete from tmp"]:
            conn = p.acquire()
            print(await conn.execute(sql))
            p.release(conn)
        raise KeyError("missing_table")
    print("after block, continuing normally")
    for line in pool.log:
        print("log:", line)


asyncio.run(main())
