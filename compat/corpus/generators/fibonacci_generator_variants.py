# Several ways to produce Fibonacci numbers lazily: plain generator, iterator class, accumulate trick, and send-driven
from itertools import islice, takewhile, accumulate, repeat

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

class Fib:
    def __init__(self, limit=None):
        self.limit = limit
    def __iter__(self):
        a, b, n = 0, 1, 0
        while self.limit is None or n < self.limit:
            yield a
            a, b = b, a + b
            n += 1

def fib_accumulate(n):
    pairs = accumulate(repeat(None, n - 1), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
    return [a for a, _ in pairs]

def fib_jump():
    a, b = 0, 1
    skip = 0
    while True:
        cmd = yield a
        skip = cmd if isinstance(cmd, int) else 0
        for _ in range(skip + 1):
            a, b = b, a + b

print("first 15:", list(islice(fib(), 15)))
print("class:", list(Fib(10)), "sum:", sum(Fib(30)))
print("accumulate:", fib_accumulate(12))
print("below 1000:", list(takewhile(lambda x: x < 1000, fib())))
print("even below 4M sum:", sum(x for x in takewhile(lambda x: x < 4_000_000, fib()) if x % 2 == 0))
first_100_digit = next(i for i, x in enumerate(fib()) if len(str(x)) >= 100)
print("first index with 100 digits:", first_100_digit)
f300 = next(islice(fib(), 300, None))
print("fib(300):", f300)
j = fib_jump()
print("jumping:", [next(j), j.send(0), j.send(3), j.send(None), j.send(10)])
ratios = [b / a for a, b in islice(zip(fib(), islice(fib(), 1, None)), 1, 25)]
print(f"golden ratio approx: {ratios[-1]:.12f}")
gen = fib()
print("generator is its own iterator:", iter(gen) is gen, next(gen), next(gen), next(gen))
