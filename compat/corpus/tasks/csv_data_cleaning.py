# Clean a messy CSV export: normalise fields, dedupe, validate emails, write a clean CSV with csv.writer
import csv
import io
import re

RAW = '''Customer ID, Name ,Email,Phone,Signup Date,Country
17,"  smith, john ",JOHN.SMITH@Example.com,(555) 010-2233,2023/04/01,us
18,Maria Garcia,maria@example,555.010.9988,01-05-2023,ES
17,"Smith, John",john.smith@example.com,555-010-2233,2023-04-01,US
19,Li Wei,li.wei@example.cn,,2023-06-15,cn
20,"O'Brien, Siobhan",siobhan@example.ie,+353 1 555 0199,2023-07-30,IE
,Ghost Row,,,,
21,Zoë Müller,zoe@example.de,0049 30 5550123,2023-13-01,de
'''

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
DATE_FORMATS = [
    (re.compile(r"^(\d{4})[-/](\d{2})[-/](\d{2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{2})-(\d{2})-(\d{4})$"), (3, 2, 1)),
]


def clean_name(name):
    name = " ".join(name.split())
    if "," in name:
        last, first = [p.strip() for p in name.split(",", 1)]
        name = f"{first} {last}"
    return name.title() if name.islower() else name


def clean_date(text):
    for pattern, (y, m, d) in DATE_FORMATS:
        mt = pattern.match(text.strip())
        if mt:
            year, month, day = int(mt.group(y)), int(mt.group(m)), int(mt.group(d))
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def clean_phone(text):
    digits = re.sub(r"\D", "", text)
    return digits or None


def main():
    reader = csv.DictReader(io.StringIO(RAW), skipinitialspace=True)
    reader.fieldnames = [f.strip().lower().replace(" ", "_") for f in reader.fieldnames]
    print("normalised headers:", reader.fieldnames)
    seen, clean, issues = set(), [], []
    for line_no, row in enumerate(reader, start=2):
        if not row["customer_id"]:
            issues.append((line_no, "missing customer id, row dropped"))
            continue
        record = {
            "id": int(row["customer_id"]),
            "name": clean_name(row["name"]),
            "email": row["email"].strip().lower(),
            "phone": clean_phone(row["phone"]),
            "signup": clean_date(row["signup_date"]),
            "country": row["country"].strip().upper(),
        }
        if record["id"] in seen:
            issues.append((line_no, f"duplicate id {record['id']}, row dropped"))
            continue
        seen.add(record["id"])
        if not EMAIL.match(record["email"]):
            issues.append((line_no, f"invalid email {record['email']!r}"))
            record["email"] = ""
        if record["signup"] is None:
            issues.append((line_no, f"unparseable date {row['signup_date']!r}"))
        clean.append(record)

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(clean[0]), lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(clean)
    print(out.getvalue(), end="")
    print(f"{len(clean)} clean rows, {len(issues)} issue(s):")
    for line_no, msg in issues:
        print(f"  line {line_no}: {msg}")
    by_country = {}
    for r in clean:
        by_country[r["country"]] = by_country.get(r["country"], 0) + 1
    print("customers per country:", dict(sorted(by_country.items())))


if __name__ == "__main__":
    main()
