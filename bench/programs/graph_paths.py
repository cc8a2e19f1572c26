# Graph algorithms on a generated road network: BFS, Dijkstra with heapq, connected
# components by union-find, topological sort of a dependency DAG, PageRank iterations.
import heapq
import sys
from collections import deque

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000


def make_graph(n):
    adj = {i: [] for i in range(n)}
    s = 17
    for u in range(n):
        for _ in range(3):
            s = (s * 1103515245 + 12345) & 0x7FFFFFFF
            v = (u + 1 + (s >> 8) % 40) % n if s % 5 else (s >> 8) % n
            w = 1 + (s >> 20) % 50
            if v != u:
                adj[u].append((v, w))
                adj[v].append((u, w))
    return adj


def bfs(adj, src):
    dist = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v, _ in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist


def dijkstra(adj, src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


def components(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return len({find(x) for x in range(n)})


def toposort(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[v] += 1
    ready = sorted(k for k, d in indeg.items() if d == 0)
    order = []
    while ready:
        k = heapq.heappop(ready)
        order.append(k)
        for v in deps[k]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    return order


def pagerank(adj, rounds=20, damping=0.85):
    n = len(adj)
    rank = [1.0 / n] * n
    for _ in range(rounds):
        new = [(1 - damping) / n] * n
        for u, edges in adj.items():
            share = damping * rank[u] / len(edges)
            for v, _ in edges:
                new[v] += share
        rank = new
    return rank


adj = make_graph(N)
hops = bfs(adj, 0)
print("bfs reached", len(hops), "max hops", max(hops.values()))
dist = dijkstra(adj, 0)
far = max(dist, key=lambda k: (dist[k], k))
print("dijkstra", sum(dist.values()) % 1000003, "farthest", far, dist[far])
sparse = [(u, v) for u in range(N) for v, w in adj[u] if w < 4 and u < v]
print("components of light edges", components(N, sparse))
deps = {"pkg%03d" % i: ["pkg%03d" % j for j in range(i + 1, min(N // 20, i + 1 + i % 4))] for i in range(N // 20)}
order = toposort(deps)
print("toposort", len(order), order[:3], order[-2:])
rank = pagerank(adj)
top = sorted(range(N), key=lambda i: -rank[i])[:3]
print("pagerank", top, "%.9f" % sum(rank), "%.9f" % rank[top[0]])
