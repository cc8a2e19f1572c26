# Build an org chart tree from flat employee records; print it, compute headcount and salary rollups
from dataclasses import dataclass, field
from typing import Optional

EMPLOYEES = [
    (1, "Maya Chen", "CEO", None, 250_000),
    (2, "Omar Haddad", "CTO", 1, 210_000),
    (3, "Lena Fischer", "CFO", 1, 195_000),
    (4, "Raj Patel", "Eng Manager", 2, 160_000),
    (5, "Sofia Rossi", "Senior Engineer", 4, 145_000),
    (6, "Tom Becker", "Engineer", 4, 118_000),
    (7, "Ana Souza", "Engineer", 4, 121_000),
    (8, "Kwame Mensah", "Data Lead", 2, 150_000),
    (9, "Yuki Tanaka", "Data Analyst", 8, 98_000),
    (10, "Ivan Petrov", "Accountant", 3, 87_000),
    (11, "Nora Lind", "Intern", 6, 40_000),
]


@dataclass
class Node:
    id: int
    name: str
    title: str
    salary: int
    manager: Optional["Node"] = None
    reports: list["Node"] = field(default_factory=list)

    def headcount(self) -> int:
        return 1 + sum(r.headcount() for r in self.reports)

    def payroll(self) -> int:
        return self.salary + sum(r.payroll() for r in self.reports)

    def depth(self) -> int:
        return 0 if self.manager is None else 1 + self.manager.depth()

    def chain(self) -> list[str]:
        node, out = self, []
        while node:
            out.append(node.name.split()[0])
            node = node.manager
        return out


def build(rows):
    nodes = {r[0]: Node(r[0], r[1], r[2], r[4]) for r in rows}
    root = None
    for eid, _, _, mgr, _ in rows:
        if mgr is None:
            root = nodes[eid]
        else:
            nodes[eid].manager = nodes[mgr]
            nodes[mgr].reports.append(nodes[eid])
    return root, nodes


def render(node, prefix="", last=True, out=None):
    out = [] if out is None else out
    connector = "" if node.manager is None else ("└── " if last else "├── ")
    out.append(f"{prefix}{connector}{node.name} ({node.title})")
    child_prefix = prefix + ("" if node.manager is None else ("    " if last else "│   "))
    for i, child in enumerate(node.reports):
        render(child, child_prefix, i == len(node.reports) - 1, out)
    return out


root, nodes = build(EMPLOYEES)
print("\n".join(render(root)))
print()
for n in [root, nodes[2], nodes[4], nodes[3]]:
    avg = n.payroll() / n.headcount()
    print(f"{n.name:<13} team size {n.headcount():>2}  payroll {n.payroll():>9,}  avg {avg:>10,.0f}")
deepest = max(nodes.values(), key=lambda n: (n.depth(), n.name))
print("deepest employee:", deepest.name, "chain:", " -> ".join(deepest.chain()))
managers = sorted((n for n in nodes.values() if n.reports), key=lambda n: -len(n.reports))
print("widest span:", managers[0].name, f"({len(managers[0].reports)} direct reports)")
ics = sorted(n.name for n in nodes.values() if not n.reports)
print("individual contributors:", ", ".join(ics))
