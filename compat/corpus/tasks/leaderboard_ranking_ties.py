# Leaderboard ranking with ties: standard competition, dense ranking and percentile
from itertools import groupby
from operator import itemgetter

SCORES = [
    ("nova", 1520, 41), ("kai", 1730, 38), ("rin", 1520, 35), ("zed", 990, 50),
    ("ivy", 1730, 38), ("ash", 1410, 22), ("bo", 1520, 41), ("lux", 2050, 19),
]


def competition_rank(rows):
    """1,2,2,4 style ranking (ties share the best rank, next rank skips)."""
    ranked = []
    for position, row in enumerate(rows, start=1):
        if ranked and row[1] == ranked[-1][1][1]:
            ranked.append((ranked[-1][0], row))
        else:
            ranked.append((position, row))
    return ranked


def dense_rank(rows):
    """1,2,2,3 style ranking."""
    out = []
    for rank, (_, group) in enumerate(groupby(rows, key=itemgetter(1)), start=1):
        out.extend((rank, r) for r in group)
    return out


def main():
    # sort by score desc, then games played asc (fewer games wins tie-break display), then name
    rows = sorted(SCORES, key=lambda r: (-r[1], r[2], r[0]))
    comp = competition_rank(rows)
    dense = dict((r[0], rank) for rank, r in dense_rank(rows))
    n = len(rows)
    print(f"{'rank':>4} {'dense':>5}  {'player':<6} {'score':>5} {'games':>5} {'pctile':>6}")
    for rank, (name, score, games) in comp:
        below = sum(1 for r in rows if r[1] < score)
        pct = below / (n - 1) * 100
        tie = "=" if sum(1 for r in rows if r[1] == score) > 1 else " "
        print(f"{tie}{rank:>3} {dense[name]:>5}  {name:<6} {score:>5} {games:>5} {pct:>5.1f}%")

    print("\nscore groups:")
    for score, group in groupby(rows, key=itemgetter(1)):
        names = [g[0] for g in group]
        print(f"  {score}: {', '.join(names)}")

    podium = [name for rank, (name, *_rest) in comp if rank <= 3]
    print("\nplayers on podium (rank <= 3):", podium)
    points_per_game = sorted(((s / g, name) for name, s, g in SCORES), reverse=True)[:3]
    print("best points/game:", [(name, round(ppg, 1)) for ppg, name in points_per_game])


if __name__ == "__main__":
    main()
