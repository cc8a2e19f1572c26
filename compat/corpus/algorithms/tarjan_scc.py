# Strongly connected components with Tarjan's algorithm and Kosaraju's; condensation DAG
from collections import defaultdict

graph = {
    "a": ["b"], "b": ["c", "e", "f"], "c": ["d", "g"], "d": ["c", "h"],
    "e": ["a", "f"], "f": ["g"], "g": ["f"], "h": ["d", "g"], "i": ["h", "j"], "j": [],
}

def tarjan(g):
    index, low, on_stack = {}, {}, set()
    stack, result, counter = [], [], [0]
    def strongconnect(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v); on_stack.add(v)
        for w in g[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            result.append(sorted(comp))
    for v in sorted(g):
        if v not in index:
            strongconnect(v)
    return result

def kosaraju(g):
    order, seen = [], set()
    def dfs1(v):
        seen.add(v)
        for w in g[v]:
            if w not in seen:
                dfs1(w)
        order.append(v)
    for v in sorted(g):
        if v not in seen:
            dfs1(v)
    rev = defaultdict(list)
    for v, ws in g.items():
        for w in ws:
            rev[w].append(v)
    comps, seen = [], set()
    for v in reversed(order):
        if v in seen:
            continue
        stack, comp = [v], []
        seen.add(v)
        while stack:
            x = stack.pop(); comp.append(x)
            for y in rev[x]:
                if y not in seen:
                    seen.add(y); stack.append(y)
        comps.append(sorted(comp))
    return comps

t = tarjan(graph)
k = kosaraju(graph)
print("tarjan:  ", t)
print("kosaraju:", k)
print("same partition:", sorted(t) == sorted(k))
comp_of = {v: "".join(c) for c in t for v in c}
dag = sorted({(comp_of[v], comp_of[w]) for v in graph for w in graph[v] if comp_of[v] != comp_of[w]})
print("condensation edges:")
for a, b in dag:
    print(f"  {a} -> {b}")
