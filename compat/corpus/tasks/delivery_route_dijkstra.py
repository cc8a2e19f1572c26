# Delivery routing: Dijkstra shortest paths over a road graph with road closures and a multi-stop tour
import heapq
from itertools import permutations

ROADS = [
    ("Depot", "A", 4), ("Depot", "B", 2), ("A", "B", 1), ("A", "C", 5), ("B", "C", 8),
    ("B", "D", 10), ("C", "D", 2), ("C", "E", 6), ("D", "E", 2), ("E", "F", 3), ("D", "F", 9),
]


def build_graph(roads, closed=()):
    graph = {}
    for a, b, w in roads:
        if (a, b) in closed or (b, a) in closed:
            continue
        graph.setdefault(a, []).append((b, w))
        graph.setdefault(b, []).append((a, w))
    return graph


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in sorted(graph.get(node, [])):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, source, target):
    if target != source and target not in prev:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]


graph = build_graph(ROADS)
dist, prev = dijkstra(graph, "Depot")
print("shortest distances from Depot:")
for node in sorted(dist):
    print(f"  {node:<5} {dist[node]:>3}  via {' > '.join(path_to(prev, 'Depot', node))}")

closed = {("C", "D"), ("D", "E")}
g2 = build_graph(ROADS, closed)
d2, p2 = dijkstra(g2, "Depot")
print("with closures", sorted(closed), "-> Depot to F:", d2.get("F"), p2 and " > ".join(path_to(p2, "Depot", "F")))
g3 = build_graph(ROADS, {("E", "F"), ("D", "F")})
d3, p3 = dijkstra(g3, "Depot")
print("F reachable after closing both F roads:", "F" in d3, path_to(p3, "Depot", "F"))

stops = ["C", "F", "A"]
pair = {s: dijkstra(graph, s)[0] for s in ["Depot"] + stops}
best = None
for order in permutations(stops):
    route = ["Depot", *order, "Depot"]
    cost = sum(pair[a][b] for a, b in zip(route, route[1:]))
    if best is None or cost < best[0]:
        best = (cost, route)
    print(f"  tour {' > '.join(route):<28} cost {cost}")
print("best tour:", " > ".join(best[1]), "with cost", best[0])
