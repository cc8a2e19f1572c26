# An asyncio.Lock protects a read-modify-write on a shared account balance
import asyncio


class Account:
    def __init__(self, balance: int):
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history = []

    async def withdraw_unsafe(self, amount: int, who: str):
        current = self.balance
        await asyncio.sleep(0)  # yield in the middle of the update
        self.balance = current - amount
        self.history.append((who, amount))

    async def withdraw_safe(self, amount: int, who: str):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0)
            if current < amount:
                self.history.append((who, "declined"))
                return False
            self.balance = current - amount
            self.history.append((who, amount))
            return True


async def main():
    unsafe = Account(100)
    await asyncio.gather(*(unsafe.withdraw_unsafe(30, f"u{i}") for i in range(3)))
    print("unsafe final balance:", unsafe.balance, "(lost updates!)")

    safe = Account(100)
    results = await asyncio.gather(*(safe.withdraw_safe(30, f"s{i}") for i in range(4)))
    print("safe results:", results)
    print("safe final balance:", safe.balance)
    for who, what in safe.history:
        print(f"  {who}: {what}")
    print("lock released:", not safe.lock.locked())


asyncio.run(main())
