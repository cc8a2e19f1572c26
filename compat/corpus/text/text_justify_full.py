# Fully justify text to a fixed width, distributing extra spaces left-first
def justify(words: list[str], width: int) -> list[str]:
    lines, line, length = [], [], 0
    for w in words:
        if line and length + len(line) + len(w) > width:
            lines.append(line)
            line, length = [], 0
        line.append(w)
        length += len(w)
    if line:
        lines.append(line)

    out = []
    for idx, ln in enumerate(lines):
        if idx == len(lines) - 1 or len(ln) == 1:
            out.append(" ".join(ln).ljust(width))
            continue
        gaps = len(ln) - 1
        spaces = width - sum(map(len, ln))
        base, extra = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(ln[:-1]):
            s += w + " " * (base + (1 if i < extra else 0))
        out.append(s + ln[-1])
    return out


text = ("This is an example of text justification. Each line should have exactly the "
        "requested width, except the last line which is left aligned. Supercalifragilistic words stay whole.")
for width in (16, 30):
    print(f"+{'-' * width}+")
    for line in justify(text.split(), width):
        assert len(line) == width or len(line.split()[0]) > width
        print(f"|{line}|")
    print(f"+{'-' * width}+")
print(justify(["a"], 5), justify([], 5))
