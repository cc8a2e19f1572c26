# Find dates in several formats and normalize them to ISO 8601 with re.sub
import re

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

PATTERNS = [
    (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"), "iso"),
    (re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b"), "dmy"),
    (re.compile(r"\b(?P<mon>[A-Z][a-z]{2})[a-z]*\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>\d{4})\b"), "text"),
    (re.compile(r"\b(?P<d>\d{1,2}) (?P<mon>[A-Za-z]{3})[a-z]* (?P<y>\d{4})\b"), "text2"),
]

text = ("Invoice dated 2024-3-7, due 15/04/2024. Shipped March 3rd, 2024 and "
        "received 21 Apr 2024; contract signed Jan. 31 2023. Bad: 99/99/2024.")


def to_iso(m: re.Match) -> str:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else MONTHS.get(g["mon"][:3].lower(), 0)
    day, year = int(g["d"]), int(g["y"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return f"{year:04d}-{month:02d}-{day:02d}"


result = text
for pattern, name in PATTERNS:
    found = [m.group(0) for m in pattern.finditer(result)]
    result, n = pattern.subn(to_iso, result)
    print(f"{name:<6} matched {n}: {found}")
print()
print(result)
print(sorted(set(re.findall(r"\d{4}-\d{2}-\d{2}", result))))
