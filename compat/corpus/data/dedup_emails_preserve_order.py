# Deduplicate a mailing list case-insensitively while keeping first-seen order
raw = """
  Alice@Example.com
bob@example.org
ALICE@example.com
carol@example.net
 bob@Example.org
dave@example.com

carol@EXAMPLE.net
erin@example.com
"""

def normalise(addr: str) -> str:
    local, _, domain = addr.strip().partition("@")
    return f"{local.lower()}@{domain.lower()}"

seen: set[str] = set()
unique: list[str] = []
dupes: dict[str, int] = {}
for line in raw.splitlines():
    if not line.strip():
        continue
    key = normalise(line)
    if key in seen:
        dupes[key] = dupes.get(key, 1) + 1
        continue
    seen.add(key)
    unique.append(key)

print(f"{len(unique)} unique addresses:")
for i, addr in enumerate(unique, 1):
    print(f"  {i:2d}. {addr}")
print("Duplicates:", dupes)

# the dict.fromkeys idiom gives the same answer
alt = list(dict.fromkeys(normalise(l) for l in raw.splitlines() if l.strip()))
print("dict.fromkeys agrees:", alt == unique)
domains = {}
for a in unique:
    domains.setdefault(a.split("@")[1], []).append(a.split("@")[0])
for d, users in sorted(domains.items()):
    print(f"{d:>12}: {', '.join(users)}")
