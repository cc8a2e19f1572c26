# Build an org chart tree from (employee, manager) rows and print it with headcounts
rows = [
    ("ceo", None, "Rita"), ("cto", "ceo", "Sam"), ("cfo", "ceo", "Tia"),
    ("eng1", "cto", "Uma"), ("eng2", "cto", "Vic"), ("lead", "cto", "Wes"),
    ("dev1", "lead", "Xia"), ("dev2", "lead", "Yan"), ("acct", "cfo", "Zoe"),
]

children: dict[str | None, list[str]] = {}
names = {}
for node, parent, name in rows:
    children.setdefault(parent, []).append(node)
    names[node] = name

def headcount(node: str) -> int:
    return 1 + sum(headcount(c) for c in children.get(node, []))

def render(node: str, prefix: str = "", last: bool = True, root: bool = True) -> None:
    connector = "" if root else ("└── " if last else "├── ")
    print(f"{prefix}{connector}{names[node]} ({node}, team of {headcount(node) - 1})")
    kids = children.get(node, [])
    for i, kid in enumerate(kids):
        ext = "" if root else ("    " if last else "│   ")
        render(kid, prefix + ext, i == len(kids) - 1, False)

(root,) = children[None]
render(root)

def chain(node):
    parent_of = {n: p for n, p, _ in rows}
    path = [node]
    while parent_of[path[-1]] is not None:
        path.append(parent_of[path[-1]])
    return path

print("reporting chain for dev2:", " -> ".join(names[n] for n in chain("dev2")))
depth = {n: len(chain(n)) - 1 for n, _, _ in rows}
print("max depth:", max(depth.values()), "| at depth 2:", sorted(n for n, d in depth.items() if d == 2))
print("leaf nodes:", [n for n, _, _ in rows if n not in children])
