# A tiny linter for code snippets: unbalanced brackets, unterminated strings, long lines, trailing spaces
from dataclasses import dataclass

PAIRS = {")": "(", "]": "[", "}": "{"}


@dataclass
class Issue:
    line: int
    col: int
    code: str
    message: str

    def __str__(self):
        return f"{self.line}:{self.col} {self.code} {self.message}"


def lint(source: str, max_len: int = 60) -> list[Issue]:
    issues, stack = [], []
    for ln, line in enumerate(source.splitlines(), 1):
        if len(line) > max_len:
            issues.append(Issue(ln, max_len + 1, "E501", f"line too long ({len(line)} > {max_len})"))
        if line != line.rstrip():
            issues.append(Issue(ln, len(line.rstrip()) + 1, "W291", "trailing whitespace"))
        if "\t" in line[: len(line) - len(line.lstrip())]:
            issues.append(Issue(ln, 1, "W191", "indentation contains tabs"))
        quote = None
        col = 0
        while col < len(line):
            ch = line[col]
            if quote:
                if ch == "\\":
                    col += 1
                elif ch == quote:
                    quote = None
            elif ch in "\"'":
                quote = ch
                qcol = col
            elif ch == "#":
                break
            elif ch in "([{":
                stack.append((ch, ln, col + 1))
            elif ch in ")]}":
                if not stack:
                    issues.append(Issue(ln, col + 1, "E901", f"unmatched '{ch}'"))
                elif stack[-1][0] != PAIRS[ch]:
                    op, oln, ocol = stack.pop()
                    issues.append(Issue(ln, col + 1, "E902", f"'{ch}' closes '{op}' opened at {oln}:{ocol}"))
                else:
                    stack.pop()
            col += 1
        if quote:
            issues.append(Issue(ln, qcol + 1, "E903", "unterminated string literal"))
    for op, ln, col in stack:
        issues.append(Issue(ln, col, "E904", f"'{op}' never closed"))
    return sorted(issues, key=lambda i: (i.line, i.col))


SNIPPETS = {
    "good.py": 'def f(x):\n    return {"a": [x, (x + 1)]}  # fine (really)\n',
    "bad.py": ("def g(items:\n    total = sum([i * 2 for i in items)]\n"
               "\tprint('done)   \n    return total}\n"
               "result = g([1, 2, 3]) + compute_something_really_long_name(argument_one, argument_two)\n"),
    "strings.py": 's = "escaped \\" quote ( not a paren"\nt = \'it\'s\'\n',
}
for name, src in SNIPPETS.items():
    found = lint(src)
    print(f"{name}: {len(found)} issue(s)")
    for issue in found:
        print(f"  {name}:{issue}")
codes = sorted({i.code for src in SNIPPETS.values() for i in lint(src)})
print("distinct codes:", codes)
