# Validate user-entered dates from a form, collecting errors and normalising good values
from datetime import date, datetime

FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%B %d, %Y", "%d %b %Y")
TODAY = date(2024, 8, 20)

def parse_date(text: str) -> date:
    text = " ".join(text.split())
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"unrecognised date: {text!r}")

def validate_birthdate(text: str) -> date:
    d = parse_date(text)
    if d > TODAY:
        raise ValueError(f"birthdate {d} is in the future")
    if d.year < 1900:
        raise ValueError(f"birthdate {d} is implausibly old")
    return d

submissions = {
    "u1": "1990-04-12", "u2": "12/04/1990", "u3": "31.12.1999", "u4": "February 29, 2001",
    "u5": "march 3, 1985", "u6": " 7  Jul   2003 ", "u7": "2030-01-01", "u8": "1850-06-01",
    "u9": "30/02/2000", "u10": "",
}
good, bad = {}, {}
for user, raw in submissions.items():
    try:
        good[user] = validate_birthdate(raw)
    except ValueError as e:
        bad[user] = str(e)

for user, d in good.items():
    print(f"{user:<4} OK    {d.isoformat()} ({d:%A})")
for user, msg in bad.items():
    print(f"{user:<4} ERROR {msg}")
print(f"{len(good)} valid, {len(bad)} invalid")
print("strict mode for u7:")
validate_birthdate(submissions["u7"])
