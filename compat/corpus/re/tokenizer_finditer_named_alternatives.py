# A lexer for a small language built from named alternatives and finditer with lastgroup
import re
from typing import Iterator, NamedTuple

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:\\.|[^"\\])*"'),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/=<>(){};,]"),
    ("COMMENT", r"\#[^\n]*"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))
KEYWORDS = {"if", "else", "while", "print", "let"}


class Token(NamedTuple):
    type: str
    value: object
    line: int
    column: int


def tokenize(code: str) -> Iterator[Token]:
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        column = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "STRING":
            value = value[1:-1].replace('\\"', '"')
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            raise SyntaxError(f"{value!r} unexpected on line {line} col {column}")
        yield Token(kind, value, line, column)


program = '''let total = 0;  # running sum
while (total <= 1.5e2) { total = total + 42; }
if total != 168 { print("bad \\"value\\""); } else { print("ok", total); }
'''
for tok in tokenize(program):
    print(f"{tok.line}:{tok.column:<3} {tok.type:<8} {tok.value!r}")
print(list(tokenize("x = 1 @ 2")))
