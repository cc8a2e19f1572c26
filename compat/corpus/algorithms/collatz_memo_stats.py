# Collatz sequences: memoized stopping times with a dict cache, longest chain, and peak values
import sys

cache = {1: 0}

def steps(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    base = cache[n]
    for i, m in enumerate(reversed(path), 1):
        cache[m] = base + i
    return cache[path[0]] if path else base

def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print("sequence(27) length:", len(sequence(27)), "peak:", max(sequence(27)))
print("sequence(6):", sequence(6))
LIMIT = 30000
best = max(range(1, LIMIT), key=steps)
print(f"longest chain below {LIMIT}: start={best} steps={steps(best)}")
print("cache size:", len(cache))
records, top = [], -1
for n in range(1, 2000):
    s = steps(n)
    if s > top:
        top = s
        records.append((n, s))
print("record holders:", records)
hist = {}
for n in range(1, 1001):
    bucket = steps(n) // 25 * 25
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:3d}-{b + 24:3d} {'#' * (hist[b] // 10)} {hist[b]}")
big = 2**100 + 1
print("steps for 2**100+1:", steps(big))
print("max int in cache keys > 2**64:", max(cache) > 2**64)
