# A tokenizer and recursive-descent parser for arithmetic expressions with variables and
# function calls, evaluating an AST of tuples.
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 28000

FUNCS = {"min": min, "max": max, "abs": abs}
BINARY = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
          "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
LEVELS = (("+", "-"), ("*", "/", "%"))


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        j = i + 1
        if ch.isdigit():
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
        elif ch.isalpha() or ch == "_":
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            j = i + 2
        elif ch in "+-*/%(),":
            tokens.append(("op", ch))
        elif not ch.isspace():
            raise SyntaxError("bad character %r at %d" % (ch, i))
        i = j
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0

    def peek(self):
        return self.tokens[self.pos][1]

    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok[1] != value:
            raise SyntaxError("expected %s, got %r" % (value, tok[1]))
        self.pos += 1
        return tok

    def expr(self, level=0):
        sub = self.unary if level else lambda: self.expr(1)
        node = sub()
        while self.peek() in LEVELS[level]:
            node = (self.take()[1], node, sub())
        return node

    def unary(self):
        if self.peek() == "-":
            self.take()
            return ("neg", self.unary())
        kind, value = self.take()
        if kind == "num":
            base = ("num", value)
        elif kind == "name" and self.peek() == "(":
            self.take("(")
            args = [self.expr()]
            while self.peek() == ",":
                self.take()
                args.append(self.expr())
            self.take(")")
            base = ("call", value, args)
        elif kind == "name":
            base = ("var", value)
        elif value == "(":
            base = self.expr()
            self.take(")")
        else:
            raise SyntaxError("unexpected %r" % (value,))
        if self.peek() == "**":
            self.take()
            return ("**", base, self.unary())
        return base


def evaluate(node, env):
    op = node[0]
    if op == "num":
        return node[1]
    if op == "var":
        return env[node[1]]
    if op == "neg":
        return -evaluate(node[1], env)
    if op == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    return BINARY[op](evaluate(node[1], env), evaluate(node[2], env))


TEMPLATES = ["x * (y + %d) - z %% 7", "max(x, %d, y) ** 2 / (1 + abs(z - 3.5))", "-(%d - x) * -y + 2 ** 3 ** 1",
             "min(x * 2, y + %d) %% 5 + (z - 1) * (z + 1)", "((x + 1) * (y - 2) + %d.25) / 4 - -z"]
total = 0.0
nodes = errors = 0
for i in range(N):
    src = TEMPLATES[i % len(TEMPLATES)] % (i % 50) + (" )" if i % 97 == 0 else "")
    try:
        p = Parser(tokenize(src))
        tree = p.expr()
        p.take("end" if p.peek() is not None else None)
    except SyntaxError:
        errors += 1
        continue
    total += evaluate(tree, {"x": i % 13, "y": (i * 7) % 11 + 1, "z": i % 5})
    nodes += len(repr(tree))
print("parsed", N - errors, "errors", errors)
print("sum %.6f" % total)
print("repr sizes", nodes)
print("sample", Parser(tokenize("2 * 3 + -x * min(4 - 1, y) ** 2")).expr())
