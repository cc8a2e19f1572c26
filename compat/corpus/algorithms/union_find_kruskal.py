# Union-find with path compression and union by rank, used for Kruskal's MST
class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.count = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"),
         (5, "C", "E"), (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
ds = DisjointSet("ABCDEFG")
mst = []
for w, a, b in sorted(edges):
    if ds.union(a, b):
        mst.append((a, b, w))
        print(f"take {a}-{b} ({w}), components left: {ds.count}")
    else:
        print(f"skip {a}-{b} ({w}): would form cycle")
print("MST weight:", sum(w for *_, w in mst))

ds2 = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9)]:
    ds2.union(a, b)
print("groups:", ds2.groups())
print("connected(0,2):", ds2.find(0) == ds2.find(2), "connected(4,5):", ds2.find(4) == ds2.find(5))
