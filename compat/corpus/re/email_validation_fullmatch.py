# Validate email addresses with fullmatch and show why match/search differ
import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}")

candidates = [
    "alice@example.com",
    "bob.smith+newsletter@mail.co.uk",
    "no-at-sign.example.com",
    "trailing@example.com ",
    "two@@example.com",
    "user@-bad-.com",
    "x@y.z",
    "first.last@sub.domain-name.org",
    "name@localhost",
    "UPPER@EXAMPLE.ORG",
    "contact me at carol@example.net today",
]

for c in candidates:
    full = EMAIL.fullmatch(c)
    start = EMAIL.match(c)
    anywhere = EMAIL.search(c)
    print(f"{c!r:<42} fullmatch={'yes' if full else 'no':<4} match={'yes' if start else 'no':<4} "
          f"search={anywhere.group() if anywhere else None}")

valid = [c for c in candidates if EMAIL.fullmatch(c)]
domains = sorted({c.rsplit("@", 1)[1].lower() for c in valid})
print("\nvalid:", len(valid), "domains:", domains)

m = re.fullmatch(r"(?P<user>[^@]+)@(?P<domain>.+)", "dev.team@corp.example")
print(m.group("user"), m.group("domain"), m.span("domain"), m.groups())
print(EMAIL.fullmatch("alice@example.com", 0, 9), EMAIL.fullmatch("xalice@example.com", 1) is not None)
