# Walk an arbitrary JSON document and report depth, node types and the longest path
import json
from collections import Counter

DOC = """
{
  "catalog": {
    "id": "c1",
    "sections": [
      {"name": "Fiction", "books": [{"isbn": "978-1", "authors": ["A. Writer"], "price": 12.5, "stock": null}]},
      {"name": "Science", "books": [
        {"isbn": "978-2", "authors": ["B. Sci", "C. Lab"], "price": 45.0, "meta": {"peer_reviewed": true, "refs": [1, 2, 3]}},
        {"isbn": "978-3", "authors": [], "price": 9.99}
      ]}
    ]
  },
  "generated": "2024-01-01"
}
"""

def walk(node, path="$", depth=0):
    yield path, node, depth
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}", depth + 1)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]", depth + 1)

TYPE_NAMES = {dict: "object", list: "array", str: "string", int: "integer", float: "number",
              bool: "boolean", type(None): "null"}
data = json.loads(DOC)
nodes = list(walk(data))
types = Counter(TYPE_NAMES[type(n)] for _, n, _ in nodes)
print("node count:", len(nodes))
print("types:", json.dumps(dict(sorted(types.items()))))
max_depth = max(d for _, _, d in nodes)
deepest = [p for p, _, d in nodes if d == max_depth]
print("max depth:", max_depth, "at", deepest)
by_depth = Counter(d for _, _, d in nodes)
for d in sorted(by_depth):
    print(f"  depth {d}: {'#' * by_depth[d]} {by_depth[d]}")
prices = [n for p, n, _ in nodes if p.endswith(".price")]
print("prices:", prices, "sum:", round(sum(prices), 2))
empties = [p for p, n, _ in nodes if n in ([], {}, None, "")]
print("empty/null values:", empties)
