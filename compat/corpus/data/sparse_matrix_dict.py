# Represent a user-item ratings matrix sparsely with dict keys and compute similarities
from math import sqrt

ratings = {
    ("alice", "matrix"): 5, ("alice", "inception"): 4, ("alice", "up"): 1,
    ("bob", "matrix"): 4, ("bob", "inception"): 5, ("bob", "frozen"): 2,
    ("carl", "up"): 5, ("carl", "frozen"): 4, ("carl", "matrix"): 1,
    ("dina", "inception"): 4, ("dina", "matrix"): 5, ("dina", "up"): 2,
}

users = sorted({u for u, _ in ratings})
items = sorted({i for _, i in ratings})
density = len(ratings) / (len(users) * len(items))
print(f"{len(users)} users x {len(items)} items, density {density:.0%}")
print(f"{'':<7}" + "".join(f"{i:>10}" for i in items))
for u in users:
    print(f"{u:<7}" + "".join(f"{ratings.get((u, i), '.'):>10}" for i in items))

def vector(user):
    return {i: r for (u, i), r in ratings.items() if u == user}

def cosine(a, b):
    common = a.keys() & b.keys()
    dot = sum(a[k] * b[k] for k in common)
    na = sqrt(sum(v * v for v in a.values()))
    nb = sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)

target = "alice"
sims = sorted(((cosine(vector(target), vector(u)), u) for u in users if u != target), reverse=True)
for s, u in sims:
    print(f"sim({target}, {u}) = {s:.4f}")
for score, best in sims:
    recs = {i: r for i, r in vector(best).items() if i not in vector(target)}
    if recs:
        break
print(f"recommend to {target} from {best}:", recs)
item_means = {i: round(sum(r for (u, j), r in ratings.items() if j == i) / sum(1 for (u, j) in ratings if j == i), 2) for i in items}
print("item means:", item_means)
