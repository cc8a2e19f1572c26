# Smooth noisy sensor readings with simple, weighted and exponential moving averages
import random
from collections import deque

random.seed(17)
readings = [round(20 + 0.3 * i + random.gauss(0, 1.5), 2) for i in range(24)]

def sma(data, window):
    q = deque(maxlen=window)
    out = []
    for x in data:
        q.append(x)
        out.append(sum(q) / len(q))
    return out

def wma(data, window):
    out = []
    for i in range(len(data)):
        chunk = data[max(0, i - window + 1): i + 1]
        weights = range(1, len(chunk) + 1)
        out.append(sum(w * x for w, x in zip(weights, chunk)) / sum(weights))
    return out

def ema(data, alpha):
    out = [data[0]]
    for x in data[1:]:
        out.append(alpha * x + (1 - alpha) * out[-1])
    return out

s, w, e = sma(readings, 4), wma(readings, 4), ema(readings, 0.3)
print(f"{'hour':>4} {'raw':>7} {'sma4':>7} {'wma4':>7} {'ema.3':>7}")
for hour, row in enumerate(zip(readings, s, w, e)):
    print(f"{hour:>4} " + " ".join(f"{v:>7.2f}" for v in row))
print("max raw:", max(readings), "at hour", readings.index(max(readings)))
spikes = [(i, b - a) for i, (a, b) in enumerate(zip(readings, readings[1:]), 1) if abs(b - a) > 2.5]
print("spikes:", [(i, round(d, 2)) for i, d in spikes])
print("last ema:", e[-1])
