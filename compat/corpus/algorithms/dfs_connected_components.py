# Iterative and recursive DFS to find connected components and bridges in an undirected graph
import sys
from collections import defaultdict

edges = [(0, 1), (1, 2), (2, 0), (1, 3), (3, 4), (4, 5), (5, 3), (6, 7), (8, 8), (9, 10), (10, 11)]
graph = defaultdict(set)
for a, b in edges:
    graph[a].add(b)
    graph[b].add(a)
nodes = sorted(graph)

def components():
    seen = set()
    comps = []
    for start in nodes:
        if start in seen:
            continue
        stack = [start]
        comp = []
        seen.add(start)
        while stack:
            u = stack.pop()
            comp.append(u)
            for v in sorted(graph[u], reverse=True):
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        comps.append(sorted(comp))
    return comps

def bridges():
    disc, low, out = {}, {}, []
    timer = [0]

    def dfs(u, parent):
        disc[u] = low[u] = timer[0]
        timer[0] += 1
        for v in sorted(graph[u]):
            if v == parent:
                continue
            if v in disc:
                low[u] = min(low[u], disc[v])
            else:
                dfs(v, u)
                low[u] = min(low[u], low[v])
                if low[v] > disc[u]:
                    out.append((min(u, v), max(u, v)))

    for n in nodes:
        if n not in disc:
            dfs(n, None)
    return sorted(out)

sys.setrecursionlimit(10000)
comps = components()
print("components:", len(comps))
for c in comps:
    print("  ", c, "size", len(c))
print("bridges:", bridges())
print("self loops:", [n for n in nodes if n in graph[n]])
print("degrees:", {n: len(graph[n]) for n in nodes})
