# typing.NamedTuple records with defaults, methods, _replace, _asdict and unpacking
from typing import NamedTuple, Optional


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int
    manager: Optional[str] = None

    def raise_by(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100)))

    @property
    def is_manager(self):
        return self.manager is None


staff = [
    Employee("Ana", "eng", 120_000),
    Employee("Ben", "eng", 95_000, "Ana"),
    Employee("Cy", "ops", 70_000, "Dee"),
    Employee("Dee", "ops", 88_000),
]
print(staff[1])
print(Employee._fields, Employee._field_defaults)
name, dept, *_ = staff[2]
print(name, dept, staff[2][2], staff[2].salary)
print(staff[0]._asdict())
print(staff[1].raise_by(10))
print([e.name for e in staff if e.is_manager])
print(max(staff, key=lambda e: e.salary).name)
print(sorted(staff, key=lambda e: (e.dept, -e.salary))[0])
print(Employee._make(["Eve", "hr", 50_000, "Dee"]))
print(staff[0] == ("Ana", "eng", 120_000, None), isinstance(staff[0], tuple))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.salary)
print({d: sum(v) // len(v) for d, v in by_dept.items()})
try:
    staff[0].salary = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Employee.__annotations__)
