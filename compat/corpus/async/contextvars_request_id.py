# contextvars propagate a request id through concurrent tasks for structured logging
import asyncio
import contextvars

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
log_lines: list[str] = []


def log(msg: str) -> None:
    log_lines.append(f"[{request_id.get()}] {msg}")


async def load_user(uid: int) -> dict:
    await asyncio.sleep(0.05 * uid)
    log(f"loaded user {uid}")
    return {"id": uid, "name": f"user{uid}"}


async def load_orders(uid: int) -> list:
    await asyncio.sleep(0.075)
    log(f"loaded {uid * 2} orders")
    return list(range(uid * 2))


async def handle(req: str, uid: int) -> str:
    request_id.set(req)
    log("start")
    user, orders = await asyncio.gather(load_user(uid), load_orders(uid))
    log("done")
    return f"{req}: {user['name']} has {len(orders)} orders"


async def main():
    results = await asyncio.gather(handle("req-A", 1), handle("req-B", 3), handle("req-C", 2))
    for r in results:
        print(r)
    print("context in main after tasks:", request_id.get())
    by_request = {}
    for line in log_lines:
        by_request.setdefault(line[:7], []).append(line[8:])
    for req in sorted(by_request):
        print(req, "->", "; ".join(by_request[req]))


asyncio.run(main())
