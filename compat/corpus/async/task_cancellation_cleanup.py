# Cancelling a long-running task: CancelledError triggers cleanup in finally
import asyncio


async def heartbeat(log, warmed_up: asyncio.Event):
    beats = 0
    try:
        while True:
            await asyncio.sleep(0.01)
            beats += 1
            log.append(f"beat {beats}")
            if beats == 3:
                warmed_up.set()
    except asyncio.CancelledError:
        log.append(f"heartbeat cancelled after {beats} beats")
        raise
    finally:
        log.append("heartbeat cleanup done")


async def main():
    log = []
    warmed_up = asyncio.Event()
    task = asyncio.create_task(heartbeat(log, warmed_up))
    await warmed_up.wait()
    print("cancel requested:", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting task raised CancelledError")
    print("task.cancelled():", task.cancelled())
    print("task.done():", task.done())
    for entry in log:
        print(" ", entry)
    # cancelling a finished task is a no-op
    print("cancel again:", task.cancel())


asyncio.run(main())
