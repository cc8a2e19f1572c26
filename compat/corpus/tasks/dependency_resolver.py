# Resolve package install order with Kahn's topological sort and detect cycles/missing deps
from collections import deque

PACKAGES = {
    "webapp": ["framework", "orm", "auth"],
    "framework": ["http", "templating"],
    "orm": ["db-driver", "typing-ext"],
    "auth": ["crypto", "http"],
    "http": ["typing-ext"],
    "templating": ["markupsafe"],
    "crypto": [],
    "db-driver": [],
    "typing-ext": [],
    "markupsafe": [],
}


class ResolutionError(Exception):
    pass


def closure(graph, root):
    needed, stack = set(), [root]
    while stack:
        pkg = stack.pop()
        if pkg in needed:
            continue
        if pkg not in graph:
            raise ResolutionError(f"unknown package: {pkg}")
        needed.add(pkg)
        stack.extend(graph[pkg])
    return needed


def install_order(graph, root):
    needed = closure(graph, root)
    indegree = {p: 0 for p in needed}
    dependents = {p: [] for p in needed}
    for pkg in needed:
        for dep in graph[pkg]:
            indegree[pkg] += 1
            dependents[dep].append(pkg)
    ready = deque(sorted(p for p, d in indegree.items() if d == 0))
    order = []
    while ready:
        pkg = ready.popleft()
        order.append(pkg)
        for nxt in sorted(dependents[pkg]):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) != len(needed):
        stuck = sorted(p for p, d in indegree.items() if d > 0)
        raise ResolutionError(f"dependency cycle among: {', '.join(stuck)}")
    return order


def levels(graph, order):
    depth = {}
    for pkg in order:
        depth[pkg] = 1 + max((depth[d] for d in graph[pkg]), default=-1)
    return depth


order = install_order(PACKAGES, "webapp")
print("install order:")
depth = levels(PACKAGES, order)
for i, pkg in enumerate(order, 1):
    print(f"  {i:>2}. {'  ' * depth[pkg]}{pkg}")
print("parallel install waves:")
for lvl in range(max(depth.values()) + 1):
    print(f"  wave {lvl}: {sorted(p for p, d in depth.items() if d == lvl)}")
print("auth needs:", sorted(closure(PACKAGES, "auth") - {"auth"}))

broken = dict(PACKAGES, **{"typing-ext": ["webapp"]})
for graph, root in [(broken, "orm"), (dict(PACKAGES, crypto=["openssl"]), "auth")]:
    try:
        install_order(graph, root)
    except ResolutionError as e:
        print("error:", e)
