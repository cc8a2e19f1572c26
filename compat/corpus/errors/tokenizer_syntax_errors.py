# A small arithmetic tokenizer/parser raising positioned errors for malformed expressions
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(message)
        self.pos = pos


def tokenize(text):
    for m in TOKEN.finditer(text):
        number, op = m.groups()
        if number:
            yield ("num", float(number), m.start(1))
        elif op in "+-*/()":
            yield ("op", op, m.start(2))
        elif op is not None and not op.isspace():
            raise ParseError(f"unexpected character {op!r}", m.start(2))
    yield ("end", None, len(text))


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.advance()

    def advance(self):
        self.kind, self.value, self.pos = next(self.tokens)

    def expect(self, value):
        if self.value != value:
            found = "end of input" if self.kind == "end" else repr(self.value)
            raise ParseError(f"expected {value!r}, found {found}", self.pos)
        self.advance()

    def expr(self):
        result = self.term()
        while self.value in ("+", "-"):
            op = self.value
            self.advance()
            result = result + self.term() if op == "+" else result - self.term()
        return result

    def term(self):
        result = self.atom()
        while self.value in ("*", "/"):
            op = self.value
            self.advance()
            result = result * self.atom() if op == "*" else result / self.atom()
        return result

    def atom(self):
        if self.kind == "num":
            value, _ = self.value, self.advance()
            return value
        if self.value == "(":
            self.advance()
            value = self.expr()
            self.expect(")")
            return value
        if self.value == "-":
            self.advance()
            return -self.atom()
        raise ParseError("expected a number or '('", self.pos)


for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + ", "4 / (2 - 2)", "7 % 2", "3 4", "-(2.5*4)"]:
    try:
        p = Parser(text)
        value = p.expr()
        if p.kind != "end":
            raise ParseError(f"unexpected {p.value!r} after expression", p.pos)
        print(f"{text!r:<14} = {value:g}")
    except ParseError as e:
        print(f"{text!r:<14} ParseError: {e}\n{'':<17}{text}\n{'':<17}{' ' * e.pos}^")
    except ZeroDivisionError as e:
        print(f"{text!r:<14} ZeroDivisionError: {e}")
