# Compute moving averages of sensor readings with a fixed-size deque window
from collections import deque

readings = [21.0, 21.4, 22.1, 23.8, 22.9, 24.5, 30.2, 25.1, 24.8, 24.0, 23.7, 23.9]

def moving_average(values, size):
    window = deque(maxlen=size)
    total = 0.0
    for v in values:
        if len(window) == size:
            total -= window[0]
        window.append(v)
        total += v
        yield total / len(window)

for size in (3, 5):
    avgs = list(moving_average(readings, size))
    print(f"window={size}:", " ".join(f"{a:5.2f}" for a in avgs))

# spike detection: reading more than 3 degrees above the trailing mean
window = deque(maxlen=4)
for i, r in enumerate(readings):
    if len(window) == window.maxlen:
        mean = sum(window) / len(window)
        if r - mean > 3:
            print(f"spike at t={i}: {r} vs trailing mean {mean:.2f}")
    window.append(r)
print("final window:", list(window))
window.rotate(1)
print("rotated:", list(window))
