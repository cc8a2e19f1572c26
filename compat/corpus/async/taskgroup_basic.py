# asyncio.TaskGroup (3.11) runs a set of checks and collects their results
import asyncio
from dataclasses import dataclass


@dataclass
class CheckResult:
    name: str
    passed: bool
    detail: str


async def check_disk(threshold: int) -> CheckResult:
    await asyncio.sleep(0.01)
    used = 72
    return CheckResult("disk", used < threshold, f"{used}% used")


async def check_memory(threshold: int) -> CheckResult:
    await asyncio.sleep(0.02)
    used = 91
    return CheckResult("memory", used < threshold, f"{used}% used")


async def check_certs(days_left: int) -> CheckResult:
    await asyncio.sleep(0.005)
    return CheckResult("tls", days_left > 14, f"{days_left} days left")


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(check_disk(85), name="disk"),
            tg.create_task(check_memory(85), name="memory"),
            tg.create_task(check_certs(30), name="tls"),
        ]
    print("all tasks done:", all(t.done() for t in tasks))
    for task in tasks:
        r = task.result()
        status = "PASS" if r.passed else "FAIL"
        print(f"{task.get_name():<7} {status}  {r.detail}")
    failed = [t.result().name for t in tasks if not t.result().passed]
    print("failing checks:", ", ".join(failed) or "none")


asyncio.run(main())
