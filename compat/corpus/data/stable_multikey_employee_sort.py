# Sort employees by department, then salary descending, then name, using stable sorts
from operator import itemgetter

employees = [
    {"name": "Dana", "dept": "Eng", "salary": 120000, "hired": 2019},
    {"name": "Ali", "dept": "Sales", "salary": 70000, "hired": 2021},
    {"name": "Chen", "dept": "Eng", "salary": 135000, "hired": 2016},
    {"name": "Bea", "dept": "Eng", "salary": 120000, "hired": 2020},
    {"name": "Eve", "dept": "Ops", "salary": 65000, "hired": 2018},
    {"name": "Finn", "dept": "Sales", "salary": 82000, "hired": 2017},
    {"name": "Gus", "dept": "Ops", "salary": 65000, "hired": 2015},
    {"name": "Hana", "dept": "Sales", "salary": 70000, "hired": 2019},
]

# Approach 1: multiple stable passes, least significant key first
result = sorted(employees, key=itemgetter("name"))
result.sort(key=itemgetter("salary"), reverse=True)
result.sort(key=itemgetter("dept"))

# Approach 2: a single tuple key
single = sorted(employees, key=lambda e: (e["dept"], -e["salary"], e["name"]))
print("Both approaches agree:", [e["name"] for e in result] == [e["name"] for e in single])

print(f"{'Dept':<6}{'Name':<6}{'Salary':>10}{'Hired':>7}")
for e in result:
    print(f"{e['dept']:<6}{e['name']:<6}{e['salary']:>10,}{e['hired']:>7}")

# Stability check: sorting by salary only keeps the original order for equal salaries
by_salary = sorted(employees, key=itemgetter("salary"))
print("\nBy salary (ties keep input order):")
print(" -> ".join(f"{e['name']}:{e['salary'] // 1000}k" for e in by_salary))

seniority = sorted(employees, key=itemgetter("hired", "name"))
print("Most senior three:", [e["name"] for e in seniority[:3]])
