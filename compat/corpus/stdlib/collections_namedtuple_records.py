# namedtuple records from CSV-ish rows: defaults, _make, _asdict, _replace, _fields
from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary manager", defaults=[None])
rows = [
    "Alice,Engineering,120000,",
    "Bob,Engineering,95000,Alice",
    "Carol,Sales,70000,",
    "Dan,Sales,64000,Carol",
    "Eve,Engineering,99000,Alice",
]

staff = []
for line in rows:
    name, dept, salary, manager = line.split(",")
    staff.append(Employee._make([name, dept, int(salary), manager or None]))

print(Employee._fields, Employee._field_defaults)
print(staff[0])
print(Employee("Zoe", "Ops", 50000))

by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, people in sorted(by_dept.items()):
    total = sum(p.salary for p in people)
    print(f"{dept}: {len(people)} people, total {total}")

raised = [e._replace(salary=round(e.salary * 1.05)) if e.dept == "Sales" else e for e in staff]
for before, after in zip(staff, raised):
    if before != after:
        print(f"raise {before.name}: {before.salary} -> {after.salary}")

print(raised[2]._asdict())
Point3 = namedtuple("Point3", ["x", "y", "z"], rename=False)
p = Point3(*range(3))
print(p, p._replace(z=9), sum(p))
Bad = namedtuple("Bad", ["ok", "def", "ok"], rename=True)
print(Bad._fields)
print(max(staff, key=lambda e: e.salary).name)
