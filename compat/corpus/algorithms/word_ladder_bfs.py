# Word ladder: bidirectional-friendly BFS over wildcard buckets, returning one shortest transformation
from collections import defaultdict, deque

WORDS = """cold cord card ward warm word worm wore core care dare date gate
game came come home hole hold bold bolt boat coat cost most mist mint mind kind wind wand band bend""".split()

def build_buckets(words):
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1:]].append(w)
    return buckets

def ladder(start, goal, words):
    words = set(words) | {start, goal}
    buckets = build_buckets(sorted(words))
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for nxt in buckets[w[:i] + "_" + w[i + 1:]]:
                if nxt not in prev:
                    prev[nxt] = w
                    q.append(nxt)
    return None

for a, b in [("cold", "warm"), ("came", "home"), ("cold", "mind"), ("bend", "gate"), ("cold", "zzzz")]:
    path = ladder(a, b, WORDS)
    if path:
        print(f"{a} -> {b}: {len(path) - 1} steps: {' > '.join(path)}")
    else:
        print(f"{a} -> {b}: no ladder")

buckets = build_buckets(WORDS)
busiest = sorted(buckets.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:3]
for pattern, ws in busiest:
    print(f"bucket {pattern}: {sorted(ws)}")
degree = {w: sum(len(buckets[w[:i] + '_' + w[i + 1:]]) - 1 for i in range(4)) for w in WORDS}
print("most connected:", max(sorted(degree), key=degree.get), "isolated:", sorted(w for w, d in degree.items() if d == 0))
