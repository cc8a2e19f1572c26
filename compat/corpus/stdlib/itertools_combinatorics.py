# Combinatorics with itertools: product, permutations, combinations for test matrices and search
import itertools
import math

pythons = ["3.10", "3.11"]
oses = ["linux", "mac"]
dbs = ["pg", "sqlite"]
matrix = list(itertools.product(pythons, oses, dbs))
print(len(matrix), "CI jobs")
for combo in matrix[:4]:
    print("  ", "-".join(combo))
excluded = [c for c in matrix if not (c[1] == "mac" and c[2] == "pg")]
print(len(excluded), "after excluding mac+pg")

print(list(itertools.product([0, 1], repeat=3))[:5])
print(["".join(p) for p in itertools.permutations("abc")])
print(list(itertools.permutations(range(4), 2))[:6], math.perm(4, 2))
print(list(itertools.combinations("ABCD", 2)), math.comb(4, 2))
print(list(itertools.combinations_with_replacement("XY", 3)))

# find subsets of prices summing to a budget
prices = {"apple": 3, "bread": 4, "cheese": 7, "dates": 5, "eggs": 2}
budget = 12
hits = []
for r in range(1, len(prices) + 1):
    for combo in itertools.combinations(sorted(prices), r):
        if sum(prices[c] for c in combo) == budget:
            hits.append(combo)
print(f"{len(hits)} baskets cost exactly {budget}:")
for h in hits:
    print("  ", " + ".join(h))

# travelling salesman brute force on 5 cities
coords = {"A": (0, 0), "B": (1, 5), "C": (4, 3), "D": (6, 1), "E": (3, 0)}
def tour_len(order):
    path = ("A",) + order + ("A",)
    return sum(math.dist(coords[p], coords[q]) for p, q in itertools.pairwise(path))
best = min(itertools.permutations("BCDE"), key=tour_len)
print("best tour:", "A" + "".join(best) + "A", round(tour_len(best), 3))
