# Arithmetic expression calculator: regex tokenizer and recursive descent parser with variables
import math
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*(?:e[+-]?\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=])|(\S))")
FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min}

def tokenize(src):
    out = []
    for num, name, op, bad in TOKEN_RE.findall(src):
        if bad:
            raise SyntaxError(f"unexpected character {bad!r}")
        out.append(("num", float(num)) if num else ("name", name) if name else ("op", op))
    return out + [("end", None)]

class Parser:
    def __init__(self, env):
        self.env = env
    def parse(self, src):
        self.toks = tokenize(src)
        target = self.toks[0][1] if self.toks[0][0] == "name" and self.toks[1] == ("op", "=") else None
        self.i = 2 if target else 0
        value = self.expr()
        if self.toks[self.i][0] != "end":
            raise SyntaxError(f"trailing token {self.toks[self.i][1]!r}")
        if target:
            self.env[target] = value
        return value
    def accept(self, *ops):
        kind, val = self.toks[self.i]
        if kind == "op" and val in ops:
            self.i += 1
            return val
    def expect(self, op):
        if not self.accept(op):
            raise SyntaxError(f"expected {op!r}, got {self.toks[self.i][1]!r}")
    def expr(self):
        v = self.term()
        while op := self.accept("+", "-"):
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while op := self.accept("*", "/", "%"):
            rhs = self.unary()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def unary(self):
        if self.accept("-"):
            return -self.unary()
        base = self.atom()
        return base ** self.unary() if self.accept("^", "**") else base
    def atom(self):
        kind, val = self.toks[self.i]
        self.i += 1
        if kind == "name" and self.accept("("):
            args = [self.expr()]
            while self.accept(","):
                args.append(self.expr())
            self.expect(")")
            return FUNCS[val](*args)
        if kind == "name" and val not in self.env:
            raise NameError(f"undefined variable {val!r}")
        if val == "(":
            v = self.expr()
            self.expect(")")
            return v
        return val if kind == "num" else self.env[val] if kind == "name" else self.fail(val)
    def fail(self, val):
        raise SyntaxError(f"unexpected {val!r}")

p = Parser(env := {"pi": math.pi})
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "x = 10 / 4", "y = x * 2 - 1", "sqrt(x * y + 0.75)",
             "max(1, y, 3) % 4", "2 * pi", "1e3 + 0.5", "(1 + 2", "z + 1", "3 $ 4", "1 2", "4 * )"]:
    try:
        print(f"{line:22} => {p.parse(line):g}")
    except (SyntaxError, NameError, KeyError) as e:
        print(f"{line:22} => {type(e).__name__}: {e}")
print("env:", {k: round(v, 4) for k, v in sorted(env.items())})
