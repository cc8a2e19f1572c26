# Form and record validation with any()/all() over generator expressions, short-circuit behaviour
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")

def check_password(pw):
    rules = {
        "length >= 8": len(pw) >= 8,
        "has digit": any(c.isdigit() for c in pw),
        "has upper": any(c.isupper() for c in pw),
        "has lower": any(c.islower() for c in pw),
        "has symbol": any(not c.isalnum() for c in pw),
        "no spaces": all(not c.isspace() for c in pw),
    }
    return all(rules.values()), [name for name, ok in rules.items() if not ok]

for pw in ["hunter2", "Correct-Horse-9", "ALLCAPS123!", "with space A1!", "Tr0ub4dor&3"]:
    ok, failed = check_password(pw)
    print(f"{pw!r:18} valid={ok} failed={failed}")

users = [
    {"name": "ana", "email": "ana@example.com", "age": 34, "roles": ["admin", "dev"]},
    {"name": "bo", "email": "bo@example", "age": 17, "roles": []},
    {"name": "", "email": "cy@mail.example.org", "age": 41, "roles": ["dev"]},
]
for u in users:
    problems = []
    if not all(u.get(k) not in (None, "") for k in ("name", "email")):
        problems.append("missing field")
    if not EMAIL.match(u["email"]):
        problems.append("bad email")
    if not 18 <= u["age"] <= 120:
        problems.append("age out of range")
    if not any(u["roles"]):
        problems.append("no roles")
    print(f"user {u['name'] or '<blank>'}: {'ok' if not problems else problems}")

print("any admin:", any("admin" in u["roles"] for u in users))
print("all adults:", all(u["age"] >= 18 for u in users))
print("empty cases:", any([]), all([]))

evaluated = []
def probe(x):
    evaluated.append(x)
    return x > 2
print("any short-circuits:", any(probe(x) for x in [1, 3, 5, 7]), "evaluated:", evaluated)
evaluated.clear()
print("all short-circuits:", all(probe(x) for x in [5, 1, 9]), "evaluated:", evaluated)
matrix = [[1, 2, 0], [3, 4, 5], [0, 0, 0]]
print("rows with zero:", [i for i, r in enumerate(matrix) if any(v == 0 for v in r)])
print("all-zero rows:", [i for i, r in enumerate(matrix) if not any(r)])
