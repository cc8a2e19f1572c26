# Recursive-descent calculator: tokenizer, parser to AST, evaluator with variables and functions
import math
import re

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs,
         "round": lambda x, digits=0: round(x, int(digits))}


def tokenize(src):
    pos, tokens = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise SyntaxError(f"unexpected character {src[pos:].strip()[0]!r} at {pos}")
        num, name, op = m.groups()
        tokens.append(("num", float(num)) if num else ("name", name) if name else ("op", "**" if op == "^" else op))
        pos = m.end()
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self, expected=None):
        tok = self.peek()
        if expected and tok[1] != expected:
            raise SyntaxError(f"expected {expected!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = ("bin", self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            node = ("bin", self.take()[1], node, self.unary())
        return node

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return ("bin", "**", base, self.unary())  # right associative
        return base

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return ("call", val, args)
            return ("var", val)
        if val == "(":
            node = self.expr()
            self.take(")")
            return node
        raise SyntaxError(f"unexpected token {val!r}")


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}


def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            if name not in env:
                raise NameError(f"undefined variable {name!r}")
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("bin", op, left, right):
            return OPS[op](evaluate(left, env), evaluate(right, env))
        case ("call", func, args):
            return FUNCS[func](*(evaluate(a, env) for a in args))


env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "x = 7 % 4", "y = sqrt(x * 12) + max(1, x, 2)",
         "round(pi * y, 3)", "10 / (x - 3)", "z + 1", "3 $ 4", "(1 + 2", "1e3 / 8"]
for line in lines:
    target = None
    if re.match(r"^\s*[A-Za-z_]\w*\s*=", line):
        target, line_expr = [p.strip() for p in line.split("=", 1)]
    else:
        line_expr = line
    try:
        parser = Parser(tokenize(line_expr))
        tree = parser.expr()
        if parser.i != len(parser.tokens):
            raise SyntaxError(f"trailing input at token {parser.i}")
        value = evaluate(tree, env)
        if target:
            env[target] = value
        print(f"{line:<34} => {value:g}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<34} !! {type(e).__name__}: {e}")
print("AST of '2*(a+1)':", Parser(tokenize("2*(a+1)")).expr())
