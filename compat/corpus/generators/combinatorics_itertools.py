# Combinatorics with itertools: product grids, permutations, combinations, with replacement; counts vs math
from itertools import product, permutations, combinations, combinations_with_replacement
import math

sizes, colors = ["S", "M", "L"], ["red", "blue"]
variants = [f"{s}-{c}" for s, c in product(sizes, colors)]
print("variants:", variants)
print("3-bit strings:", ["".join(bits) for bits in product("01", repeat=3)])

menu = {"starter": ["soup", "salad"], "main": ["fish", "steak", "pasta"], "dessert": ["cake", "fruit"]}
meals = list(product(*menu.values()))
print("meal combos:", len(meals), "first:", meals[0], "last:", meals[-1])

print("podium orders for 4 runners:", len(list(permutations("ABCD", 3))), math.perm(4, 3))
print("anagram-ish:", ["".join(p) for p in permutations("tea")])
teams = list(combinations(["ana", "ben", "chi", "dev", "eli"], 2))
print("pairings:", len(teams), teams[:4])
print("scoops:", ["+".join(c) for c in combinations_with_replacement(["van", "choc", "mint"], 2)])

target = 15
coins = [1, 2, 5, 10, 8, 3]
hits = [c for r in range(1, 4) for c in combinations(coins, r) if sum(c) == target]
print(f"subsets summing to {target}:", hits)

def tsp_bruteforce(dist):
    n = len(dist)
    best = min(permutations(range(1, n)), key=lambda p: sum(dist[a][b] for a, b in zip((0,) + p, p + (0,))))
    cost = sum(dist[a][b] for a, b in zip((0,) + best, best + (0,)))
    return (0,) + best + (0,), cost

D = [[0, 12, 10, 19, 8], [12, 0, 3, 7, 2], [10, 3, 0, 6, 20], [19, 7, 6, 0, 4], [8, 2, 20, 4, 0]]
print("tsp tour:", tsp_bruteforce(D))
for n, k in [(5, 2), (10, 3), (52, 5)]:
    print(f"C({n},{k}) = {math.comb(n, k)} == {sum(1 for _ in combinations(range(n), k)) if n < 20 else 'skipped'}")
