# Hand-rolled CSV line parser handling quotes and escaped quotes, checked against csv module
import csv
import io


def parse_line(line: str, delim: str = ",") -> list[str]:
    fields, buf, in_quotes, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    buf.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                buf.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == delim:
            fields.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        i += 1
    fields.append("".join(buf))
    return fields


lines = [
    'id,name,comment',
    '1,Alice,"likes, commas"',
    '2,"Bob ""The Builder""",plain',
    '3,,"",',
    '4,Zoë,"multi word value"',
    'single',
]
for line in lines:
    mine = parse_line(line)
    theirs = next(csv.reader([line]))
    status = "ok" if mine == theirs else "MISMATCH"
    print(f"{status:8} {mine}")

print()
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["a", "b,c", 'quote "x"', "", "multi\nline"])
writer.writerow([1, 2.5, None, True])
print(out.getvalue(), end="")
print(parse_line("a;b;'c;d'", ";"))
