# Closures, decorators and higher-order functions: counters, memoisation, function
# composition, partial application, callbacks with nonlocal state.
import functools
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 500000


def counted(fn):
    calls = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = lambda: calls
    return wrapper


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


def make_accumulator(start=0):
    total = start

    def add(x):
        nonlocal total
        total += x
        return total
    return add


def make_scaler(k, offset=0):
    return lambda x: x * k + offset


@counted
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@memo
def partitions(n):
    return 1 if n <= 1 else sum(partitions(n - k) for k in (1, 2, 3))


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, name):
        def register(fn):
            self.handlers.setdefault(name, []).append(fn)
            return fn
        return register

    def emit(self, name, *args):
        return [h(*args) for h in self.handlers.get(name, [])]


bus = EventBus()
acc = make_accumulator()
seen = []
bus.on("tick")(acc)
bus.on("tick")(lambda x: seen.append(x % 7) or len(seen))
pipeline = compose(make_scaler(3, 1), abs, make_scaler(-2), functools.partial(max, 5))
total = 0
for i in range(N):
    total += pipeline(i % 1000)
    if i % 10 == 0:
        bus.emit("tick", i)
print("pipeline", total)
print("accumulator", acc(0), len(seen), sum(seen))
print("collatz", max(range(1, N // 10 + 2), key=collatz_len), collatz_len.calls(), collatz_len.__name__)
print("partitions", partitions(60) % 1000000007)
adders = [lambda x, k=k: x + k for k in range(10)]
print("late binding", [f(100) for f in adders][::3])
print("reduce", functools.reduce(lambda a, b: (a * 31 + b) % 1000003, range(N), 7))
key = functools.cmp_to_key(lambda a, b: (a % 10 - b % 10) or (b - a))
print("cmp_to_key", sorted(range(30), key=key)[:10])
