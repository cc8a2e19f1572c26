# 0/1 knapsack (memoized and bottom-up) plus unbounded knapsack, with chosen items
from functools import cache

items = [("tent", 11, 60), ("stove", 4, 35), ("food", 7, 70), ("water", 9, 80),
         ("camera", 2, 30), ("book", 1, 8), ("jacket", 5, 40), ("rope", 3, 15)]
CAP = 20

@cache
def best(i: int, cap: int) -> int:
    if i == len(items):
        return 0
    _, w, v = items[i]
    skip = best(i + 1, cap)
    if w <= cap:
        return max(skip, v + best(i + 1, cap - w))
    return skip

def bottom_up(cap):
    n = len(items)
    dp = [[0] * (cap + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return dp[n][cap], chosen[::-1]

def unbounded(cap, coins):
    dp = [0] + [None] * cap
    for c in range(1, cap + 1):
        opts = [dp[c - w] + v for w, v in coins if w <= c and dp[c - w] is not None]
        dp[c] = max(opts) if opts else None
    return dp

print("memoized best value:", best(0, CAP))
print("cache info:", best.cache_info())
value, chosen = bottom_up(CAP)
print("bottom-up value:", value)
print("chosen:", chosen, "weight:", sum(w for n, w, _ in items if n in chosen))
for cap in (5, 10, 15, 25, 30):
    print(f"cap {cap:2d} -> {bottom_up(cap)[0]}")
ub = unbounded(17, [(3, 5), (5, 9), (7, 13)])
print("unbounded:", ub)
