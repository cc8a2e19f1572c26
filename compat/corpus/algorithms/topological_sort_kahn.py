# Topological sort of build targets using Kahn's algorithm and cycle detection
from collections import defaultdict, deque

def toposort(deps):
    indeg = defaultdict(int)
    children = defaultdict(list)
    nodes = set(deps)
    for node, reqs in deps.items():
        for r in reqs:
            nodes.add(r)
            children[r].append(node)
            indeg[node] += 1
    ready = deque(sorted(n for n in nodes if indeg[n] == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for c in sorted(children[n]):
            indeg[c] -= 1
            if indeg[c] == 0:
                ready.append(c)
    if len(order) != len(nodes):
        stuck = sorted(n for n in nodes if indeg[n] > 0)
        raise ValueError(f"cycle detected among: {stuck}")
    return order

build = {
    "app": ["libnet", "libui", "config"],
    "libnet": ["libcore", "ssl"],
    "libui": ["libcore", "fonts"],
    "ssl": ["libcore"],
    "tests": ["app", "mocks"],
    "mocks": ["libcore"],
}
order = toposort(build)
print("build order:")
for i, t in enumerate(order, 1):
    print(f"  {i:2d}. {t}")

levels = {}
for t in order:
    levels[t] = 1 + max((levels[d] for d in build.get(t, [])), default=-1)
by_level = defaultdict(list)
for t, lv in levels.items():
    by_level[lv].append(t)
for lv in sorted(by_level):
    print(f"level {lv}: {', '.join(sorted(by_level[lv]))}")

cyclic = dict(build)
cyclic["libcore"] = ["tests"]
try:
    toposort(cyclic)
except ValueError as e:
    print("error:", e)
