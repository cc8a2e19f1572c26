# Circuit breaker that opens after repeated failures and short-circuits calls (simulated ticks)
class CircuitOpenError(RuntimeError):
    pass


class CircuitBreaker:
    def __init__(self, threshold=3, cooldown=4):
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.opened_at = None
        self.state = "closed"

    def call(self, tick, fn, *args):
        if self.state == "open":
            if tick - self.opened_at < self.cooldown:
                raise CircuitOpenError(f"circuit open since tick {self.opened_at}")
            self.state = "half-open"
        try:
            result = fn(*args)
        except (ConnectionError, TimeoutError) as e:
            self.failures += 1
            if self.state == "half-open" or self.failures >= self.threshold:
                self.state, self.opened_at = "open", tick
            raise
        self.failures, self.state = 0, "closed"
        return result


def make_service(pattern):
    calls = iter(pattern)

    def service(x):
        outcome = next(calls, "ok")
        if outcome == "timeout":
            raise TimeoutError(f"request {x} timed out")
        if outcome == "refused":
            raise ConnectionRefusedError(111, "Connection refused")
        return x * 10

    return service


breaker = CircuitBreaker()
service = make_service(["ok", "timeout", "refused", "timeout", "timeout", "ok", "ok"])
for tick in range(12):
    before = breaker.state
    try:
        outcome = f"result {breaker.call(tick, service, tick)}"
    except CircuitOpenError as e:
        outcome = f"short-circuited: {e}"
    except OSError as e:
        outcome = f"{type(e).__name__}: {e} (failures={breaker.failures})"
    print(f"t{tick:<2} {before:>9} -> {breaker.state:<9} {outcome}")
print(issubclass(TimeoutError, OSError), issubclass(ConnectionRefusedError, ConnectionError))
