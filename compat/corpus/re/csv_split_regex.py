# Split CSV-like lines with a regex that respects quoted fields
import re

FIELD = re.compile(r'''
    \s*
    (?:
        "(?P<quoted>(?:[^"]|"")*)"   # quoted field, "" escapes a quote
      | (?P<bare>[^,"]*?)             # unquoted field
    )
    \s*(?:,|$)
''', re.VERBOSE)


def split_csv(line: str) -> list[str]:
    fields, pos = [], 0
    while True:
        m = FIELD.match(line, pos)
        if m.group("quoted") is not None:
            fields.append(m.group("quoted").replace('""', '"'))
        else:
            fields.append(m.group("bare"))
        pos = m.end()
        if pos >= len(line):
            if m.group().endswith(","):
                fields.append("")
            return fields


rows = [
    'name, age, city',
    '"Smith, John", 42, "New York"',
    '"She said ""hi""",,end',
    'a,b,',
    '  spaced  ,  "quoted  " , x',
    '',
]
for row in rows:
    print(f"{row!r:<34} -> {split_csv(row)}")

print(re.findall(r'"[^"]*"|[^,]+', 'x,"y,z",w'))
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', 'one,"two,2",three,"four,""4"""'))
