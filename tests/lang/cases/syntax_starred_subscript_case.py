# Starred subscripts and the starred annotation of *args (PEP 646, CPython 3.11).
class Show:
    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        print("set", k, v)

    def __delitem__(self, k):
        print("del", k)


s = Show()
a = [1, 2]
print(s[*a], s[*a, 3], s[0, *a], s[*a, *a], s[*()], s[*"ab", *range(2)], s[*a,])
s[*a] = "x"
s[0, *a] = "y"
del s[*a]
d = {}
d[*a] = 1
d[*a] += 1
print(d, d[(1, 2)], type(s[*[]]))
print(tuple[int, *(str, bytes)], list[*(int,)], dict[*"ab"])


def f(*args: *[int]):
    pass


def g(x: int, *args: *"a", k: str = "", **kw: "v") -> None:
    pass


print(f.__annotations__, g.__annotations__)
for src in ["s[*]", "def h(x: *a): pass", "def h(**k: *a): pass", "s[*a:2]", "s[*a] += 1",
            "lambda *a: *b: 0", "*a = 1", "s[**a]", "print(*a for a in b)"]:
    try:
        exec(src, {"s": s, "a": [1], "b": []})
        print(src, "ok")
    except SyntaxError as e:
        print(src, "SyntaxError")
    except Exception as e:
        print(src, type(e).__name__, e)
try:
    s[*1]
except TypeError as e:
    print("TypeError", e)
try:
    def h(*args: *1): pass
except TypeError as e:
    print("TypeError", e)
for bad in ("ab", ""):
    try:
        exec("def h(*args: *%r): pass" % bad)
    except ValueError as e:
        print("ValueError", e)
