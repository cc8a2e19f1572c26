# re: the pattern syntax of CPython 3.11, matched as CPython matches it.
import re


def esc(x):
    # repr with non-ASCII characters escaped (str repr is not what this case is about)
    if isinstance(x, str):
        return "'" + "".join(c if 32 <= ord(c) < 127 and c not in "'\\" else "\\u%04x" % ord(c) for c in x) + "'"
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(esc(y) for y in x) + "]"
    return repr(x)


def show(p, s, flags=0):
    r = re.compile(p, flags)
    m = r.search(s)
    print(esc(p), "|", None if m is None else m.span(), esc(m.groups()) if m else "-", "|", esc(r.findall(s)))


# quantifiers: greedy, lazy, possessive, counted
for p in ["a*", "a+", "a?", "a*?", "a+?", "a??", "a{2}", "a{2,}", "a{,2}", "a{1,3}", "a{1,3}?",
          "a*+", "a++", "a?+", "a{1,2}+", "(?:ab)*+a", "a{0}", "a{,}", "x{1,}a", "(ab){2}"]:
    show(p, "caaaabababa")
show("(a|ab)*c", "ababc")
show("(a+)+b", "aaab")
show(r"(\w+?)(\d+)", "abc123")
show("(?>a+)b", "aaab")
show("(?>a+)ab", "aaab")
show("(?>(a)|b)*c", "abac")
show("(a*)*", "b")
show("(a*)+", "b")
show("(a|b)*?c", "abbc")
show(r"(?:(\d)|(\w))+", "a1b")

# groups, backreferences, conditionals
show(r"(\w)\1", "abccd")
show(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" and 'bye'")
show(r"(?i)(a)\1", "aA")
show(r"(<)?\w+(?(1)>|$)", "<tag> x")
show(r"(?P<open>\()?\d+(?(open)\))", "(12) 34 (56")
show(r"(a)?(?(1)b|c)", "c ab")
show(r"(?:(a)|b)(?(1)x|y)", "ax by bx")
show(r"((a)|b)+", "abab")
show(r"(a)|(b)", "b")

# lookaround
show(r"\w+(?=!)", "hey! you")
show(r"\w+(?!\w|!)", "hey! you")
show(r"(?<=\$)\d+", "cost $42 or 7")
show(r"(?<!\$)\b\d+", "cost $42 or 7")
show(r"(?<=(a))b", "ab")
show(r"(?=(\w+))\w", "abc")
show(r"(?<=ab|cd)x", "abx cdx efx")
show(r"(?<!^)x", "xx")

# anchors and boundaries
for p, f in [("^a", 0), ("^a", re.M), ("a$", 0), ("a$", re.M), (r"\Aa", re.M), (r"a\Z", re.M),
             (r"\bab\b", 0), (r"\Bb", 0), (r"\b", 0), (r"\B", 0), ("$", 0), ("^", re.M)]:
    show(p, "ab a\na", f)
show("a$", "a\n")
show(r"a\Z", "a\n")
show(r"\b\w", "héllo wörld")
show(r"\b\w", "héllo wörld", re.A)

# classes and escapes
show(r"[\w.-]+@[\w-]+\.\w+", "mail me: john.doe-1@ex-ample.com!")
show(r"[^\W\d_]+", "ab_1cd")
show(r"[a-c-e]", "d-e")
show(r"[]a]+", "a]b")
show(r"[^]]+", "ab]c")
show(r"[\]\\]+", r"x]\y")
show(r"\d+\.\d*|\.\d+", "1.5 .25 3.")
show(r"\x41\u0042\U00000043\101\0", "ABCA\x00")
show(r"[\x00-\x1f]", "a\tb")
show(r"\S+\s\D\W", "ab c!?")
show(r"[^a-z\s]+", "abc DEF 123")
show(".", "\n")
show(".", "\n", re.S)
show("(?s:.)(?-s:.)?", "\n\n")
show(r"\\\.\*", r"a\.*")
show("[.]", "a.b")

# case-insensitive (ASCII and Latin-1)
show("abc", "xABCx", re.I)
show("[a-z]+", "HeLLo", re.I)
show("[^a-z]+", "HeLLo 42", re.I)
show("é", "É", re.I)
show("[à-ÿ]+", "ÉCOLE", re.I)
show("ß", "SS ß", re.I)
show("(?i)straße", "STRASSE Straße")
show("É", "é", re.I | re.A)
show(r"(?i)[\d_]+", "A_1")

# verbose mode
show(r"""(?x)
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
""", "call 555-1234 now")
show(r"(?x)a\ b [ ] c", "a b  c")
show(r"(?x) a # comment", "a")

# bytes patterns
for p, s in [(rb"\d+", b"a12b3"), (rb"\w+", b"caf\xe9 ok"), (rb"(?i)\xe9", b"\xc9"),
             (rb"[\x80-\xff]+", b"a\x80\xffb"), (rb"\s+", b"a\x0b\x85b"), (rb"(?L)\w+", b"ab")]:
    print(p, re.findall(p, s), re.sub(p, b"_", s))
print(re.findall(rb"(?i)caf\xc9", b"CAF\xe9"), re.findall(rb"(?i)[a-z]+", bytearray(b"AbC")))

# empty matches (Python 3.7 rules)
for p in ["", "x*", r"\b", "(?=a)", "a|", "|a", "^", "$", r"\s*"]:
    print(esc(p), re.findall(p, "a ab"), re.split(p, "a ab"), re.sub(p, "-", "a ab"),
          re.subn(p, "-", "a ab", 2))

# Scanner (re.Scanner) and the scanner() method
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"\d+\.\d*", lambda s, tok: ("FLOAT", tok)),
    (r"\d+", lambda s, tok: ("INT", int(tok))),
    (r"[=+*/-]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3 + 4.5 * y2 ?rest"))
sc = re.compile(r"\d").scanner("1a23")
print(sc.match(), sc.match(), sc.search(), sc.search(), sc.search(), sc.pattern)

# long subjects
text = "word " * 20000
print(len(re.findall(r"\w+", text)), len(re.split(r"\s+", text)), re.subn(r"o", "0", text)[1])
print(re.search(r"(\w+) (\1) x", text + "x"))
print(re.match(r"(?:word )*$", text).end())
