# Collatz sequence lengths with memoisation and summary statistics
from functools import lru_cache

@lru_cache(maxsize=None)
def steps(n: int) -> int:
    if n == 1:
        return 0
    return 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)

def sequence(n: int) -> list[int]:
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print("sequence(27) length:", len(sequence(27)), "peak:", max(sequence(27)))
print("sequence(6):", " -> ".join(map(str, sequence(6))))
import sys
sys.setrecursionlimit(5000)
lengths = {n: steps(n) for n in range(1, 30001)}
best = max(lengths, key=lengths.get)
print(f"longest below 30000: n={best} with {lengths[best]} steps")
avg = sum(lengths.values()) / len(lengths)
print(f"average steps: {avg:.4f}")
buckets = {}
for n, s in lengths.items():
    buckets.setdefault(s // 25 * 25, []).append(n)
for b in sorted(buckets):
    print(f"{b:>3}-{b + 24:<3}: {len(buckets[b]):>5}")
records = []
top = -1
for n in range(1, 30001):
    if lengths[n] > top:
        top = lengths[n]
        records.append((n, top))
print("record holders:", records[-8:])
info = steps.cache_info()
print("cache hits > 0:", info.hits > 0, "currsize >= 30000:", info.currsize >= 30000)
