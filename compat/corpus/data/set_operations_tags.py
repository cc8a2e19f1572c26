# Compare tag sets across blog posts with set algebra, printing sorted results
posts = {
    "intro-to-python": {"python", "beginner", "tutorial"},
    "async-deep-dive": {"python", "asyncio", "advanced", "concurrency"},
    "go-channels": {"go", "concurrency", "advanced"},
    "sql-joins": {"sql", "beginner", "tutorial", "databases"},
    "pandas-tricks": {"python", "pandas", "data"},
}

all_tags = set().union(*posts.values())
print(f"{len(all_tags)} distinct tags:", sorted(all_tags))
common_py = set.intersection(*(t for t in posts.values() if "python" in t))
print("Tags on every python post:", sorted(common_py))

def jaccard(a, b):
    return len(a & b) / len(a | b)

names = sorted(posts)
pairs = [(jaccard(posts[a], posts[b]), a, b) for i, a in enumerate(names) for b in names[i + 1:]]
print("Most similar posts:")
for score, a, b in sorted(pairs, reverse=True)[:3]:
    print(f"  {score:.2f}  {a} ~ {b}  shared={sorted(posts[a] & posts[b])}")

a, b = posts["async-deep-dive"], posts["go-channels"]
print("only async:", sorted(a - b), "| only go:", sorted(b - a), "| sym diff:", sorted(a ^ b))
print("beginner subset check:", {"beginner", "tutorial"} <= posts["sql-joins"])
print("disjoint go/sql:", posts["go-channels"].isdisjoint(posts["sql-joins"]))
ids = {3, 1, 4, 1, 5, 9, 2, 6}
print("small int set:", ids, "frozen:", sorted(frozenset(ids) - {1, 9}))
