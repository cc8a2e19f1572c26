# A miniature Lisp: tokenizer, reader, environments with closures, and evaluation via match
import math
import operator as op

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    for convert in (int, float):
        try:
            return convert(tok)
        except ValueError:
            pass
    return tok

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol: {name}")
        return self.outer.find(name)

BUILTINS = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt,
            "=": op.eq, "<=": op.le, "abs": abs, "sqrt": math.sqrt, "list": lambda *a: list(a),
            "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
            "null?": lambda x: x == [], "length": len, "mod": op.mod}

def evaluate(x, env):
    match x:
        case str(name):
            return env.find(name)[name]
        case int() | float():
            return x
        case ["quote", expr]:
            return expr
        case ["if", test, conseq, alt]:
            return evaluate(conseq if evaluate(test, env) else alt, env)
        case ["define", str(name), expr]:
            env[name] = evaluate(expr, env)
        case ["lambda", params, body]:
            return lambda *args: evaluate(body, Env(params, args, env))
        case ["begin", *exprs]:
            results = [evaluate(e, env) for e in exprs]
            return results[-1] if results else None
        case [fn, *args]:
            return evaluate(fn, env)(*[evaluate(a, env) for a in args])

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    return ("#t" if v else "#f") if isinstance(v, bool) else str(v)

env = Env(BUILTINS.keys(), BUILTINS.values())
program = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 20)
(define map (lambda (f xs) (if (null? xs) (quote ()) (cons (f (car xs)) (map f (cdr xs))))))
(map fact (list 1 2 3 4 5 6))
(define make-adder (lambda (n) (lambda (x) (+ x n))))
(map (make-adder 10) (quote (1 2 3)))
(begin (define r 10) (* 3.14159 (* r r)))
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib (length (quote (a b c d e f g h i j k l))))
(undefined-fn 1 2)
"""
for line in program.strip().splitlines():
    result = evaluate(read(tokenize(line)), env)
    if result is not None:
        print(f"{line[:50]:52} => {to_str(result)}")
