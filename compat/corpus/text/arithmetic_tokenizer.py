# Tokenize and evaluate arithmetic expressions with a hand-written recursive descent parser
from collections import namedtuple

Token = namedtuple("Token", "kind text pos")


def tokenize(src: str) -> list[Token]:
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isalnum() or ch in "._":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] in "._"):
                j += 1
            text = src[i:j]
            tokens.append(Token("NUM" if text[0].isdigit() or text[0] == "." else "NAME", text, i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif ch in "+-*/()%":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    tokens.append(Token("EOF", "", len(src)))
    return tokens


class Parser:
    def __init__(self, src: str, env: dict[str, float]):
        self.toks, self.i, self.env = tokenize(src), 0, env

    def peek(self) -> Token:
        return self.toks[self.i]

    def take(self) -> Token:
        self.i += 1
        return self.toks[self.i - 1]

    def expr(self) -> float:
        value = self.term()
        while self.peek().text in ("+", "-"):
            value = value + self.term() if self.take().text == "+" else value - self.term()
        return value

    def term(self) -> float:
        value = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op, rhs = self.take().text, self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self) -> float:
        tok = self.take()
        if tok.text == "-":
            return -self.factor()
        if tok.text == "(":
            base = self.expr()
            self.take()
        elif tok.kind == "NUM":
            base = float(tok.text)
        elif tok.kind == "NAME":
            base = self.env[tok.text]
        else:
            raise SyntaxError(f"unexpected token {tok.text!r} at {tok.pos}")
        if self.peek().text == "**":
            self.take()
            return base ** self.factor()
        return base


env = {"x": 3.0, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "10 % 4 + rate", "x * (x - 1) / 2"]:
    print(f"{src:<18} tokens={len(tokenize(src)) - 1:<3} = {Parser(src, env).expr():g}")
print([f"{t.kind}:{t.text}" for t in tokenize("a_1*(2.5+b)")])
Parser("3 + * 4", env).expr()
