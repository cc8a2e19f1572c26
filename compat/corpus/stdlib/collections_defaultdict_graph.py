# Build a dependency graph with defaultdict and topologically sort it (Kahn's algorithm)
from collections import defaultdict, deque

edges = [
    ("fetch", "parse"), ("parse", "validate"), ("validate", "load"),
    ("config", "fetch"), ("config", "load"), ("parse", "index"), ("index", "load"),
]

graph = defaultdict(list)
indegree = defaultdict(int)
for src, dst in edges:
    graph[src].append(dst)
    indegree[dst] += 1
    indegree[src] += 0

print("nodes:", sorted(indegree))
print("indegree:", dict(sorted(indegree.items())))

ready = deque(sorted(n for n, d in indegree.items() if d == 0))
order = []
while ready:
    n = ready.popleft()
    order.append(n)
    for m in sorted(graph[n]):
        indegree[m] -= 1
        if indegree[m] == 0:
            ready.append(m)
print("order:", " -> ".join(order))

# nested defaultdict for counting by two keys
sales = [("north", "q1", 10), ("north", "q2", 7), ("south", "q1", 3), ("north", "q1", 5), ("east", "q3", 1)]
table = defaultdict(lambda: defaultdict(int))
for region, quarter, amount in sales:
    table[region][quarter] += amount
for region in sorted(table):
    print(region, dict(sorted(table[region].items())))
print("missing region access creates:", dict(table["west"]), "west" in table)
dd = defaultdict(set)
for word in ["tea", "eat", "ate", "tan", "nat", "bat"]:
    dd["".join(sorted(word))].add(word)
print(sorted(sorted(g) for g in dd.values()))
print(repr(defaultdict(list, a=[1]))[:28])
