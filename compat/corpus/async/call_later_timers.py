# Event loop timers: call_soon, call_at/call_later and TimerHandle.cancel drive a reminder system
import asyncio


def remind(log, text):
    log.append(text)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()

    loop.call_soon(remind, log, "immediately (call_soon)")
    start = loop.time()  # schedule everything relative to one instant
    handles = {
        "standup": loop.call_at(start + 0.03, remind, log, "standup in 5 minutes"),
        "coffee": loop.call_at(start + 0.01, remind, log, "coffee break"),
        "deploy": loop.call_at(start + 0.02, remind, log, "deploy window opens"),
        "spam": loop.call_later(0.015, remind, log, "this should never fire"),
    }
    loop.call_at(start + 0.05, done.set_result, "all reminders processed")
    handles["spam"].cancel()
    print("spam cancelled:", handles["spam"].cancelled())
    print("before waiting:", log)
    print(await done)
    for i, entry in enumerate(log, 1):
        print(f"{i}. {entry}")


asyncio.run(main())
