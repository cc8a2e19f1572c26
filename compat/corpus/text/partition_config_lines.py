# Parse a simple key=value config using str.partition, with comments and sections
CONFIG = """
# database settings
[database]
host = db.internal
port=5432
user = admin   ; trailing comment
password =

[cache]
backend = redis
ttl = 300
url = redis://cache:6379/0?timeout=5
flag
"""


def parse(text):
    sections = {}
    current = "DEFAULT"
    problems = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.partition(";")[0].partition("#")[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            problems.append((lineno, line))
            continue
        sections.setdefault(current, {})[key.strip()] = value.strip()
    return sections, problems


sections, problems = parse(CONFIG)
for name, values in sections.items():
    print(f"[{name}]")
    for key, value in values.items():
        shown = value if value else "<empty>"
        print(f"  {key:<10} -> {shown}")
print("problems:", problems)

url = sections["cache"]["url"]
scheme, _, rest = url.partition("://")
hostport, _, tail = rest.partition("/")
host, _, port = hostport.rpartition(":")
db, _, query = tail.partition("?")
print(f"scheme={scheme} host={host} port={int(port)} db={db} query={query}")
print("no-sep:", "abc".partition(":"), "abc".rpartition(":"))
