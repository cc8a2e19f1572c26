# Dijkstra's algorithm with heapq over a weighted road network, printing routes
import heapq
from typing import Dict, List, Tuple

Graph = Dict[str, List[Tuple[str, int]]]

def build_graph(edges: List[Tuple[str, str, int]]) -> Graph:
    g: Graph = {}
    for a, b, w in edges:
        g.setdefault(a, []).append((b, w))
        g.setdefault(b, []).append((a, w))
    return g

def dijkstra(g: Graph, src: str):
    dist = {src: 0}
    prev: Dict[str, str] = {}
    heap = [(0, src)]
    pops = 0
    while heap:
        d, u = heapq.heappop(heap)
        pops += 1
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev, pops

def route(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

edges = [
    ("Amsterdam", "Utrecht", 45), ("Amsterdam", "Haarlem", 20), ("Haarlem", "Leiden", 35),
    ("Leiden", "DenHaag", 20), ("DenHaag", "Rotterdam", 25), ("Utrecht", "Rotterdam", 60),
    ("Utrecht", "Arnhem", 65), ("Rotterdam", "Breda", 50), ("Breda", "Eindhoven", 55),
    ("Arnhem", "Eindhoven", 80), ("Utrecht", "DenHaag", 70), ("Leiden", "Utrecht", 55),
]
g = build_graph(edges)
dist, prev, pops = dijkstra(g, "Amsterdam")
print(f"heap pops: {pops}")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:10s} {dist[city]:4d} min  via {' -> '.join(route(prev, city))}")
unreachable = set(g) - set(dist)
print("unreachable:", sorted(unreachable))
