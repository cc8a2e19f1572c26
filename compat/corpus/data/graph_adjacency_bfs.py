# Build an adjacency list from flight routes and find shortest hop paths with BFS
from collections import defaultdict, deque

routes = [("OSL", "CPH"), ("CPH", "FRA"), ("OSL", "AMS"), ("AMS", "JFK"), ("FRA", "JFK"),
          ("FRA", "SIN"), ("JFK", "LAX"), ("SIN", "SYD"), ("LAX", "SYD"), ("CPH", "AMS")]

graph = defaultdict(set)
for a, b in routes:
    graph[a].add(b)
    graph[b].add(a)

def shortest_path(start, goal):
    queue = deque([[start]])
    visited = {start}
    while queue:
        path = queue.popleft()
        node = path[-1]
        if node == goal:
            return path
        for nxt in sorted(graph[node]):
            if nxt not in visited:
                visited.add(nxt)
                queue.append(path + [nxt])
    return None

for src, dst in [("OSL", "SYD"), ("AMS", "SIN"), ("LAX", "CPH"), ("OSL", "OSL")]:
    p = shortest_path(src, dst)
    print(f"{src}->{dst}: {' -> '.join(p)} ({len(p) - 1} hops)")

print("\nDegree of each airport:")
for airport in sorted(graph, key=lambda a: (-len(graph[a]), a)):
    print(f"  {airport}: {len(graph[airport])} {sorted(graph[airport])}")

def reachable_within(start, hops):
    seen, frontier = {start}, {start}
    for _ in range(hops):
        frontier = {n for f in frontier for n in graph[f]} - seen
        seen |= frontier
    return sorted(seen - {start})

print("Within 2 hops of OSL:", reachable_within("OSL", 2))
