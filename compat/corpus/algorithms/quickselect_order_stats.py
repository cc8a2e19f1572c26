# Quickselect (Hoare partition with seeded random pivots) for medians and percentiles vs sorting
import random
import statistics

def partition(a, lo, hi, rng):
    p = rng.randint(lo, hi)
    a[p], a[hi] = a[hi], a[p]
    pivot = a[hi]
    store = lo
    for i in range(lo, hi):
        if a[i] < pivot:
            a[i], a[store] = a[store], a[i]
            store += 1
    a[store], a[hi] = a[hi], a[store]
    return store

def quickselect(data, k, seed=0):
    a = list(data)
    rng = random.Random(seed)
    lo, hi = 0, len(a) - 1
    rounds = 0
    while True:
        rounds += 1
        if lo == hi:
            return a[lo], rounds
        p = partition(a, lo, hi, rng)
        if k == p:
            return a[p], rounds
        if k < p:
            hi = p - 1
        else:
            lo = p + 1

def median(data):
    n = len(data)
    if n % 2:
        return quickselect(data, n // 2)[0]
    return (quickselect(data, n // 2 - 1)[0] + quickselect(data, n // 2)[0]) / 2

random.seed(11)
latencies = [round(random.expovariate(1 / 40), 1) for _ in range(1001)]
s = sorted(latencies)
for pct in (50, 90, 95, 99):
    k = min(len(s) - 1, pct * len(s) // 100)
    val, rounds = quickselect(latencies, k, seed=pct)
    print(f"p{pct}: {val} (sorted says {s[k]}) in {rounds} rounds")
print("median:", median(latencies), "statistics.median:", statistics.median(latencies))
even = [7, 1, 3, 9, 4, 8]
print("even median:", median(even), statistics.median(even))
print("k smallest 5:", sorted(quickselect(latencies, i)[0] for i in range(5)), s[:5])
print("mean:", round(statistics.mean(latencies), 3), "stdev:", round(statistics.stdev(latencies), 3))
