# functools.lru_cache and cache: memoized recursion, cache_info/cache_clear, maxsize eviction, typed keys
from functools import lru_cache, cache

@cache
def partitions(n, k=None):
    """Number of integer partitions of n with parts <= k."""
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print("p(n) for n=0..15:", [partitions(n) for n in range(16)])
print("p(100):", partitions(100))
print("doc preserved:", partitions.__doc__)

calls = []

@lru_cache(maxsize=3)
def slow_square(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    slow_square(x)
print("computed:", calls)
info = slow_square.cache_info()
print(f"hits={info.hits} misses={info.misses} maxsize={info.maxsize} currsize={info.currsize}")
slow_square.cache_clear()
print("after clear:", slow_square.cache_info())

@lru_cache(maxsize=None, typed=True)
def describe(x):
    return f"{type(x).__name__}:{x}"

print(describe(1), describe(1.0), describe(True))
print("typed cache size:", describe.cache_info().currsize)

@lru_cache(maxsize=128)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print("lattice paths 20x20:", grid_paths(20, 20))
print("grid cache:", grid_paths.cache_info())

@cache
def stairs(n, steps=(1, 2, 3)):
    if n == 0:
        return 1
    return sum(stairs(n - s, steps) for s in steps if s <= n)

print("ways to climb 30 stairs:", stairs(30), "with (1, 2):", stairs(30, (1, 2)))
try:
    stairs(5, [1, 2])
except TypeError as e:
    print("TypeError:", e)
