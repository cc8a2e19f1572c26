# Push-based coroutine pipeline: a source broadcasting to filter/transform coroutines and collecting sinks
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    start.__name__ = func.__name__
    return start

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def filter_by(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@coroutine
def transform(fn, target):
    while True:
        target.send(fn((yield)))

@coroutine
def collect(bucket):
    while True:
        bucket.append((yield))

@coroutine
def stats(out):
    n, total, hi = 0, 0.0, float("-inf")
    try:
        while True:
            x = yield
            n += 1
            total += x
            hi = max(hi, x)
    except GeneratorExit:
        out.update(n=n, mean=round(total / n, 2) if n else None, max=hi)
        raise

trades = [("AAPL", 189.5, 100), ("MSFT", 410.2, 20), ("AAPL", 190.1, 250), ("TSLA", 175.0, 10),
          ("MSFT", 409.9, 300), ("AAPL", 188.7, 50), ("TSLA", 176.4, 500)]
big, apple, summary, notionals = [], [], {}, []
stat_sink = stats(summary)
pipeline = broadcast(
    filter_by(lambda t: t[2] >= 250, collect(big)),
    filter_by(lambda t: t[0] == "AAPL", transform(lambda t: f"{t[2]}@{t[1]}", collect(apple))),
    transform(lambda t: round(t[1] * t[2], 2), broadcast(collect(notionals), stat_sink)),
)
for trade in trades:
    pipeline.send(trade)
stat_sink.close()
print("big trades:", big)
print("apple fills:", apple)
print("notionals:", notionals)
print("notional stats:", summary)
print("decorated name:", broadcast.__name__)
