# Parse paths, log records and qualified names with split/rsplit and maxsplit
records = [
    "2023-01-05 INFO server started on port 8080",
    "2023-01-05 WARN disk usage at 91%",
    "2023-01-06 ERROR connection refused: db01:5432",
]

for rec in records:
    date, level, message = rec.split(" ", 2)
    print(f"date={date} level={level:<5} message={message!r}")

print()
names = ["package.module.Class.method", "os.path.join", "builtins"]
for name in names:
    parts = name.rsplit(".", 1)
    if len(parts) == 2:
        owner, attr = parts
    else:
        owner, attr = "", parts[0]
    print(f"{name:<30} owner={owner!r:<25} attr={attr!r}")

print()
path = "/usr/local/lib/python3.11/site-packages/pkg/__init__.py"
print(path.split("/"))
print(path.split("/", 3))
print(path.rsplit("/", 2))
print(path.rsplit("/", maxsplit=1)[-1])

print()
messy = "  alpha   beta\tgamma\n delta  "
print(messy.split())
print(messy.split(None, 1))
print(messy.rsplit(None, 1))
print("a,,b,,,c".split(","))
print("a,,b,,,c".split(",", 2))
print("".split(","), "".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="))
