# Async circuit breaker: opens after consecutive failures, half-opens after a cooldown
import asyncio
import enum


class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, threshold=3, cooldown_calls=2):
        self.state = State.CLOSED
        self.failures = 0
        self.threshold = threshold
        self.cooldown_calls = cooldown_calls
        self.rejected_since_open = 0

    async def call(self, func, *args):
        if self.state is State.OPEN:
            if self.rejected_since_open >= self.cooldown_calls:
                self.state = State.HALF_OPEN
            else:
                self.rejected_since_open += 1
                raise CircuitOpenError("circuit is open")
        try:
            result = await func(*args)
        except Exception:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                self.state = State.OPEN
                self.rejected_since_open = 0
            raise
        self.failures = 0
        self.state = State.CLOSED
        return result


async def backend(request_no: int, healthy: set):
    await asyncio.sleep(0.001)
    if request_no not in healthy:
        raise ConnectionError(f"req {request_no} failed")
    return f"req {request_no} ok"


async def main():
    breaker = CircuitBreaker(threshold=3, cooldown_calls=2)
    healthy = {1, 2, 9, 10, 11}
    for n in range(1, 13):
        before = breaker.state.value
        try:
            outcome = await breaker.call(backend, n, healthy)
        except CircuitOpenError as e:
            outcome = f"rejected ({e})"
        except ConnectionError as e:
            outcome = f"error: {e}"
        print(f"#{n:>2} [{before:>9} -> {breaker.state.value:<9}] {outcome}")


asyncio.run(main())
