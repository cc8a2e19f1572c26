# Split text with mixed line endings using splitlines, keepends and compare with split
text = "first line\nsecond line\r\nthird line\rfourth\x0bfifth\x0csixth\x1cseventh\u2028eighth\u2029ninth\x85tenth\n"

lines = text.splitlines()
print(len(lines), "lines")
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {line!r}")

print()
kept = text.splitlines(keepends=True)
print("endings:", [ln[len(ln.rstrip('\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')):] for ln in kept])
print("split('\\n'):", len(text.split("\n")), "parts")

print(repr("".splitlines()), repr("\n".splitlines()), repr("a\n\nb".splitlines()))
print(repr("no newline".splitlines(True)))

b = b"one\ntwo\r\nthree\rfour\x0bfive"
print("bytes:", b.splitlines())

csv_text = "id,name\r\n1,ann\r\n2,bob\r\n"
header, *rows = csv_text.splitlines()
print("header:", header.split(","))
for row in rows:
    print("row:", dict(zip(header.split(","), row.split(","))))
