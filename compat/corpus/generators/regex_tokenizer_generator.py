# A generator-based tokenizer using re.finditer with named groups, line/column tracking and errors
import re
from typing import Iterator, NamedTuple

class Token(NamedTuple):
    kind: str
    value: str
    line: int
    col: int

SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("STRING", r'"(?:\\.|[^"\\])*"'),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[+\-*/=<>(){},;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in SPEC))
KEYWORDS = {"if", "else", "while", "return", "fn", "let"}

def tokenize(code: str) -> Iterator[Token]:
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - line_start + 1
        if kind == "NEWLINE":
            line, line_start = line + 1, m.end()
            continue
        if kind in ("SKIP", "COMMENT"):
            continue
        if kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at {line}:{col}")
        yield Token(kind, value, line, col)

source = '''let total = 0;  # running sum
fn add(a, b) { return a + b; }
while total <= 10.5 {
    total = add(total, 3);
}
if total != 12 { print("done: \\"ok\\""); }
'''
tokens = list(tokenize(source))
for t in tokens[:12]:
    print(f"{t.line}:{t.col:<3} {t.kind:8} {t.value}")
print("total tokens:", len(tokens))
counts = {}
for t in tokens:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print("kinds:", dict(sorted(counts.items())))
print("strings:", [t.value for t in tokens if t.kind == "STRING"])
lazy = tokenize("let x = 1 @ 2")
print("lazy first:", next(lazy))
try:
    for tok in lazy:
        print("  got", tok.kind, tok.value)
except SyntaxError as e:
    print("SyntaxError:", e)
