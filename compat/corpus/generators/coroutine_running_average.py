# Coroutine-style generators with send(): running average, priming decorator, and return values via yield from
from functools import wraps

def primed(func):
    @wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start

@primed
def averager():
    """Running mean of values sent in."""
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average

avg = averager()
for v in [10, 20, 30, 45]:
    print(f"sent {v:3} -> average {avg.send(v):.2f}")
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)
print("decorated name:", averager.__name__, "doc:", averager.__doc__)

def grouper(results, key):
    while True:
        results[key] = yield from averager.__wrapped__()

def delegate(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results

data = {"girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2], "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37]}
for key, (n, mean) in sorted(delegate(data).items()):
    group, unit = key.split(";")
    print(f"{n:2} {group:5} averaging {mean:.2f}{unit}")

@primed
def accumulate_words():
    seen = []
    while True:
        word = yield len(seen)
        if word not in seen:
            seen.append(word)

acc = accumulate_words()
print([acc.send(w) for w in "the cat and the hat and the bat".split()])
acc.close()
try:
    acc.send("x")
except StopIteration:
    print("closed coroutine raises StopIteration on send")
