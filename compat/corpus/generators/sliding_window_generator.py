# Sliding windows over streams with collections.deque: moving averages, anomaly detection, n-grams
from collections import deque
from itertools import islice

def windows(iterable, size):
    it = iter(iterable)
    win = deque(islice(it, size), maxlen=size)
    if len(win) == size:
        yield tuple(win)
    for x in it:
        win.append(x)
        yield tuple(win)

def moving_average(stream, size):
    win = deque(maxlen=size)
    total = 0.0
    for x in stream:
        if len(win) == size:
            total -= win[0]
        win.append(x)
        total += x
        yield round(total / len(win), 3)

def anomalies(stream, size=5, threshold=2.0):
    win = deque(maxlen=size)
    for i, x in enumerate(stream):
        if len(win) == size:
            mean = sum(win) / size
            var = sum((v - mean) ** 2 for v in win) / size
            std = var ** 0.5 or 1e-9
            if abs(x - mean) / std > threshold:
                yield i, x, round(mean, 2)
        win.append(x)

cpu = [31, 33, 30, 35, 34, 32, 88, 33, 31, 36, 35, 34, 5, 33, 32]
print("windows of 3:", list(windows([1, 2, 3, 4, 5], 3)))
print("window larger than input:", list(windows([1, 2], 3)))
print("moving avg:", list(moving_average(cpu, 4)))
print("anomalies:", list(anomalies(cpu)))

text = "the cat sat on the mat the cat ran"
bigrams = {}
for a, b in windows(text.split(), 2):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("char trigrams:", ["".join(w) for w in windows("banana", 3)])
recent = deque(maxlen=3)
for event in ["login", "view", "view", "purchase", "logout"]:
    recent.append(event)
print("last 3 events:", list(recent), "maxlen:", recent.maxlen)
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print("rotated:", list(d), end=" ")
d.rotate(-3)
print("rotated back further:", list(d))
