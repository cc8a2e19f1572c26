# Assign competition, dense and ordinal ranks to race results with ties
results = [("Kim", 12.41), ("Lee", 12.05), ("Mo", 12.41), ("Ned", 11.98),
           ("Ola", 12.60), ("Pia", 12.05), ("Quin", 13.10)]

ordered = sorted(results, key=lambda r: r[1])

def competition_ranks(rows):
    ranks = []
    for i, (name, t) in enumerate(rows):
        if i and t == rows[i - 1][1]:
            ranks.append(ranks[-1])
        else:
            ranks.append(i + 1)
    return ranks

def dense_ranks(rows):
    distinct = sorted({t for _, t in rows})
    pos = {t: i + 1 for i, t in enumerate(distinct)}
    return [pos[t] for _, t in rows]

comp = competition_ranks(ordered)
dense = dense_ranks(ordered)
print(f"{'name':<6}{'time':>7}{'comp':>6}{'dense':>7}{'ord':>5}")
for i, ((name, t), c, d) in enumerate(zip(ordered, comp, dense), 1):
    print(f"{name:<6}{t:>7.2f}{c:>6}{d:>7}{i:>5}")

winner_time = ordered[0][1]
print("\nGaps to winner:")
for name, t in ordered[1:]:
    print(f"  {name:<5} +{t - winner_time:.2f}s")
ties = {}
for name, t in ordered:
    ties.setdefault(t, []).append(name)
print("Ties:", {t: n for t, n in ties.items() if len(n) > 1})
medals = dict(zip(["gold", "silver", "bronze"], (n for n, _ in ordered)))
print(medals)
