# Sorting and extracting with operator.itemgetter / attrgetter, multi-key sorts and stable ordering
from operator import itemgetter, attrgetter
from dataclasses import dataclass

@dataclass
class Employee:
    name: str
    dept: str
    salary: int
    manager: "Employee | None" = None

boss = Employee("Grace", "eng", 250_000)
staff = [
    Employee("Alan", "eng", 180_000, boss),
    Employee("Ada", "eng", 195_000, boss),
    Employee("Linus", "ops", 150_000),
    Employee("Barbara", "ops", 165_000),
    Employee("Ken", "eng", 180_000, boss),
    Employee("Margaret", "research", 210_000),
]
by_dept_salary = sorted(staff, key=attrgetter("dept", "salary"))
for e in by_dept_salary:
    print(f"{e.dept:9} {e.salary:>8,} {e.name}")

print("top earners:", [e.name for e in sorted(staff, key=attrgetter("salary"), reverse=True)[:3]])
mixed = sorted(staff, key=attrgetter("name"))
mixed.sort(key=attrgetter("salary"), reverse=True)
print("salary desc, name asc (stable):", [(e.salary, e.name) for e in mixed])
has_manager = [e for e in staff if e.manager]
print("manager names:", sorted(set(map(attrgetter("manager.name"), has_manager))))

rows = [("2024-03-02", "EUR", 12.5), ("2024-03-01", "USD", 99.0), ("2024-03-02", "USD", 7.25),
        ("2024-03-01", "EUR", 40.0)]
print("by currency then date:", sorted(rows, key=itemgetter(1, 0)))
get_amounts = itemgetter(2)
print("amounts:", list(map(get_amounts, rows)), "total:", sum(map(get_amounts, rows)))
pick = itemgetter(0, 2)
print("first and last:", pick("python"), itemgetter(slice(1, 3))("python"))
records = [{"id": 3, "score": 88}, {"id": 1, "score": 92}, {"id": 2, "score": 88}]
print("by score desc, id asc:", sorted(records, key=lambda r: (-r["score"], r["id"])))
print("max by score:", max(records, key=itemgetter("score")))
d = {"b": 2, "a": 3, "c": 1}
print("dict by value:", sorted(d.items(), key=itemgetter(1)), "keys:", sorted(d, key=d.get))
