# re: invalid patterns and arguments raise CPython's exceptions with CPython's messages.
import re

BAD = [
    "a(", "a)", "(?P<1>x)", "(?P<a>x)(?P<a>y)", "(?P=nope)", "a**", "a{2,1}", "[z-a]",
    "[a", "\\", "x\\", "(?<=a+)b", "(?<!a|bc)x", "(?i", "(?z)", "(?P", "(?P<", "(?P<x",
    "(?(1)a|b|c)", "(?(x)a)", "(?(1a)a)", r"\1", r"(a)\2", r"\8", r"\q", r"[\q]", "*a",
    "+", "?", "{1}a" if False else "a{1", r"\x1", r"\u12", "(?#unterminated", "[]",
    "(?<a>b)", "(?P>a)", "a|*", "(?i)(?-i:a)(?a)", "a(?i)", r"(?x)a # comment\n(", "(?L)a",
    "x{4294967296}", "(?'x')", r"\N{NOT A NAME}" if False else r"[\d-z]", "(?<=(?P<a>a)(?P=a))",
    "a\n(b", "ab\ncd\n)",
]
for p in BAD:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "error:", e.msg, "|", e, "|", e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p, f in [("a", re.A | re.U), (b"a", re.U), (b"(?u)a", 0), (b"a", re.A | re.L), ("a", re.L), ("(?a)(?u)x", 0)]:
    try:
        re.compile(p, f)
        print(repr(p), "compiles")
    except (ValueError, re.error) as e:
        print(repr(p), type(e).__name__, e)

# the type of the subject must be that of the pattern
for args in [("a", b"a"), (b"a", "a"), ("a", 1), ("a", None), (1, "a"), (b"a", bytearray(b"ab")),
             (b"a", memoryview(b"xa")), ("a", ["a"])]:
    try:
        print(re.search(*args))
    except TypeError as e:
        print("TypeError", e)
for f in (lambda: re.sub("a", b"b", "a"), lambda: re.sub(b"a", "b", b"a"), lambda: re.sub("a", 1, "a"),
          lambda: re.sub("a", lambda m: 1, "xa"), lambda: re.sub(b"a", lambda m: "s", b"xax"),
          lambda: re.sub("a", r"\g<x>", "a"), lambda: re.sub("(?P<x>a)", r"\g<y>", "a"),
          lambda: re.sub("a", r"\g<-1>", "a"), lambda: re.sub("a", r"\9", "a"), lambda: re.sub("a", r"\q", "a"),
          lambda: re.sub("a", "\\", "a"), lambda: re.sub("(a)|b", r"\1", "b"), lambda: re.compile("a").match(),
          lambda: re.compile("a").match("a", "1"), lambda: re.compile("a").match("a", 1.5),
          lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").expand(r"\2"),
          lambda: re.compile("a").sub("b"), lambda: re.split("x", "axb", "1")):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# positions clamp; pos past endpos
p = re.compile("a*")
print(p.search("aaa", -5), p.search("aaa", 10), p.match("aaa", 2, 1), p.search("aaa", 1, 100), p.findall("aaa", 2, 1))
print(re.compile("$", re.M).match("a\nb", 1, 0), re.compile(r"\b").search("ab", 1, 1))
