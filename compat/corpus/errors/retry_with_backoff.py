# Retry helper with exponential backoff (simulated clock) for flaky operations
import functools


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(attempts=3, base_delay=0.1, retry_on=(TransientError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay, waited = base_delay, 0.0
            for attempt in range(1, attempts + 1):
                try:
                    result = fn(*args, **kwargs)
                    print(f"  {fn.__name__}: success on attempt {attempt} (waited {waited:.1f}s)")
                    return result
                except retry_on as e:
                    print(f"  {fn.__name__}: attempt {attempt} failed: {e!r}")
                    if attempt == attempts:
                        raise RuntimeError(f"{fn.__name__} gave up after {attempts} attempts") from e
                    waited += delay
                    delay *= 2
        return wrapper
    return deco


def flaky(failures):
    state = {"calls": 0}

    @retry(attempts=4)
    def fetch(key):
        state["calls"] += 1
        if state["calls"] <= failures:
            raise TransientError(f"timeout #{state['calls']}")
        if key == "forbidden":
            raise PermanentError("403 forbidden")
        return f"value-of-{key}"

    return fetch


print(flaky(0)("a"))
print(flaky(2)("b"))
try:
    flaky(10)("c")
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
try:
    flaky(1)("forbidden")
except PermanentError as e:
    print("PermanentError not retried:", e)
print(flaky(0).__name__, flaky(0).__wrapped__.__name__)
