# Report match positions with span/start/end and draw carets under matches
import re

line = "ERROR 2024-01-05: user 'bob' failed 3 times from 192.168.1.20 (code E42)"
patterns = {
    "date": r"\d{4}-\d{2}-\d{2}",
    "quoted": r"'([^']*)'",
    "ipv4": r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
    "code": r"\b(?P<letter>[A-Z])(?P<num>\d+)\b",
    "digits": r"\d+",
}

print(line)
for name, pat in patterns.items():
    marks = [" "] * len(line)
    spans = []
    for m in re.finditer(pat, line):
        for i in range(m.start(), m.end()):
            marks[i] = "^"
        spans.append(m.span())
    print("".join(marks).rstrip() + f"  <- {name} {spans}")

m = re.search(patterns["code"], line)
print("code match:", m.group(), m.span(), m.start("num"), m.end("letter"), m.span(2))
m = re.search(patterns["quoted"], line)
print("quoted:", m.group(0), m.group(1), m.span(0), m.span(1), m.pos, m.endpos, m.re.pattern)
m = re.search(r"(x)?(\d)", "a1")
print("unmatched group span:", m.span(1), m.start(1), m.group(1), m.regs)
m = re.compile(r"\w+").search(line, 6, 16)
print("bounded search:", m.group(), m.span(), m.pos, m.endpos, m.string[m.start():m.end()])
print(m[0], m.lastindex, re.match(r"(a)(b)?", "ab").lastindex, re.match(r"(a)(b)?", "ac").lastindex)
