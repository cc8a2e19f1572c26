# Extract and normalize North American phone numbers with a re.VERBOSE pattern
import re

PHONE = re.compile(r"""
    (?<![\d-])                 # not preceded by a digit or dash
    (?:\+?1[\s.-]?)?           # optional country code
    \(?(?P<area>[2-9]\d{2})\)? # area code, optional parentheses
    [\s.-]?
    (?P<exchange>[2-9]\d{2})   # exchange
    [\s.-]?
    (?P<line>\d{4})            # line number
    (?:\s*(?:x|ext\.?)\s*(?P<ext>\d{1,5}))?  # optional extension
    (?!\d)
""", re.VERBOSE | re.IGNORECASE)

text = """
Call (415) 555-2671 or 415.555.0199, fax +1 212-555-0147.
Support: 1-800-555-0000 ext. 42, sales 8005550101 x7.
Invalid: 123-456-7890, 555-1234, 4155552671234, (099) 555-1111.
"""

for m in PHONE.finditer(text):
    normalized = f"({m['area']}) {m['exchange']}-{m['line']}"
    if m["ext"]:
        normalized += f" ext {m['ext']}"
    print(f"{m.group(0).strip()!r:<26} at {m.start():>3}-{m.end():<3} -> {normalized}")

print()
print("area codes:", sorted({m["area"] for m in PHONE.finditer(text)}))
print("pattern flags include VERBOSE:", bool(PHONE.flags & re.VERBOSE), "IGNORECASE:", bool(PHONE.flags & re.I))
print("groups:", PHONE.groups, sorted(PHONE.groupindex.items(), key=lambda kv: kv[1]))
