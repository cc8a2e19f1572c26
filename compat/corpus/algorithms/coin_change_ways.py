# Coin change: minimum coins and number of ways (DP), greedy failure case, and the coins used
from functools import lru_cache

def min_coins(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    choice = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
                choice[a] = c
    if dp[amount] == INF:
        return None, []
    used, a = [], amount
    while a:
        used.append(choice[a])
        a -= choice[a]
    return dp[amount], sorted(used, reverse=True)

def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]

@lru_cache(maxsize=None)
def count_ways_rec(coins: tuple, amount: int) -> int:
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_ways_rec(coins, amount - coins[0]) + count_ways_rec(coins[1:], amount)

def greedy(coins, amount):
    used = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            amount -= c
            used.append(c)
    return used if amount == 0 else None

euro = [1, 2, 5, 10, 20, 50, 100, 200]
for amt in [0, 7, 63, 289, 999]:
    n, used = min_coins(euro, amt)
    print(f"{amt:4d} cents: {n} coins {used}")
print("ways to make 200 with euro coins:", count_ways(euro, 200))
print("recursive agrees:", count_ways_rec(tuple(euro), 200))
odd = [1, 3, 4]
print("greedy for 6 with [1,3,4]:", greedy(odd, 6), "optimal:", min_coins(odd, 6))
print("impossible 7 with [2,4]:", min_coins([2, 4], 7))
print("ways table:", [count_ways([1, 5, 10, 25], a) for a in range(0, 101, 10)])
