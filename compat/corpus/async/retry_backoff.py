# Retry a flaky async operation with exponential backoff and a max attempt count
import asyncio
import functools


class TransientError(Exception):
    pass


def retry(max_attempts=4, base_delay=0.001, retry_on=(TransientError,)):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, max_attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except retry_on as exc:
                    if attempt == max_attempts:
                        print(f"  giving up on {func.__name__} after {attempt} attempts")
                        raise
                    print(f"  attempt {attempt} failed ({exc}); retrying in {delay * 1000:.0f} ms")
                    await asyncio.sleep(delay)
                    delay *= 2
        return wrapper
    return decorator


class FlakyService:
    def __init__(self, failures_before_success):
        self.remaining = failures_before_success
        self.calls = 0

    @retry(max_attempts=4)
    async def get(self, key):
        self.calls += 1
        await asyncio.sleep(0)
        if self.remaining > 0:
            self.remaining -= 1
            raise TransientError("503 Service Unavailable")
        return f"value-for-{key}"


async def main():
    for failures in (0, 2, 5):
        svc = FlakyService(failures)
        print(f"service failing {failures} time(s):")
        try:
            value = await svc.get("config")
            print(f"  got {value} after {svc.calls} call(s)")
        except TransientError as e:
            print(f"  final error: {e!r}")
    print("wrapper name preserved:", FlakyService.get.__name__)


asyncio.run(main())
