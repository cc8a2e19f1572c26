# Normalise messy company names and cluster duplicates by canonical key
import re
import unicodedata

names = ["Acme Corp.", "ACME Corporation", "acme corp", "Globex, Inc.", "Globex Inc",
         "Société Générale S.A.", "Societe Generale", "Initech LLC", "  initech  ",
         "Umbrella Co., Ltd.", "Umbrella Company Limited"]

SUFFIXES = {"corp", "corporation", "inc", "llc", "ltd", "limited", "co", "company", "sa"}

def canonical(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    tokens = re.findall(r"[a-z0-9]+", ascii_name.lower().replace("s.a.", "sa"))
    while tokens and tokens[-1] in SUFFIXES:
        tokens.pop()
    return " ".join(tokens)

clusters: dict[str, list[str]] = {}
for n in names:
    clusters.setdefault(canonical(n), []).append(n.strip())

for key, members in clusters.items():
    print(f"{key!r:<20} {len(members)} variant(s): {members}")

print(f"\n{len(names)} raw names -> {len(clusters)} companies")
display = {k: max(v, key=len) for k, v in clusters.items()}
for k in sorted(display):
    print(f"  {k.title():<18} displayed as {display[k]!r}")
print(unicodedata.normalize("NFKD", "é") == "e\u0301", len("Société"), len(unicodedata.normalize("NFD", "Société")))
