# str() and repr() of common built-in exceptions raised by everyday mistakes
cases = {
    "int division by zero": lambda: 10 // 0,
    "float division": lambda: 1.5 / 0,
    "modulo": lambda: 7 % 0,
    "divmod": lambda: divmod(3, 0),
    "dict key": lambda: {"a": 1}["b"],
    "int key": lambda: {1: "x"}[2],
    "tuple key": lambda: {}[("x", 1)],
    "list index": lambda: [1, 2, 3][5],
    "str index": lambda: "abc"[10],
    "tuple index": lambda: (1,)[-2],
    "pop empty": lambda: [].pop(),
    "pop dict": lambda: {}.pop("missing"),
    "remove": lambda: [1, 2].remove(3),
    "list.index": lambda: ["a"].index("b"),
    "str.index": lambda: "hello".index("z"),
    "next": lambda: next(iter([])),
    "unpack few": lambda: exec("a, b, c = [1, 2]"),
    "unpack many": lambda: exec("a, b = [1, 2, 3]"),
    "int()": lambda: int("12.5"),
    "float()": lambda: float("one"),
    "set remove": lambda: set().remove(0),
    "chr": lambda: chr(-1),
    "sqrt": lambda: __import__("math").sqrt(-1),
}

for label, fn in cases.items():
    try:
        fn()
    except Exception as e:
        print(f"{label:<22} {type(e).__name__:<18} str={str(e)!r}")

try:
    {"user": 1}["usr"]
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(e), repr(str(e)))
