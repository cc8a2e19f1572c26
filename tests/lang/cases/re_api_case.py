# re: the module's functions, Pattern and Match objects (compared with CPython 3.11).
import re

# search / match / fullmatch
print(re.search("[0-9]{2}", "a123"))
print(re.match("[0-9]{2}", "a123"), re.match("a1", "a123"))
print(re.fullmatch(r"\w+", "abc"), re.fullmatch(r"\w+", "abc!"))
print(re.search("x*", "abc"))
print(re.search(r"\d+", "no digits here"))

# Match objects
m = re.search(r"(?P<key>\w+)=(?P<value>\d+)?(;)?", "x  count=42; y")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "value", 3))
print(m[0], m["key"], m[2])
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.span(), m.span(1), m.start(2), m.end("key"), m.start(), m.end())
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
print(m.expand(r"\g<value> for \1 (\g<0>)"), m.expand(r"[\2]"))
print(bool(m), type(m).__name__ == "Match" or type(m).__name__ == "re.Match")
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.span(2), m.start(2), m.lastindex, m.lastgroup)
m = re.match(r"(?:(?P<a>x)|(?P<b>y))+", "xyx")
print(m.lastindex, m.lastgroup, m.groupdict())
for bad in (4, -1, "nope", 1.0):
    try:
        re.match("(a)(b)(c)", "abc").group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    re.match("(a)", "a")["x"] = 1
except TypeError as e:
    print("TypeError")

# Pattern objects
p = re.compile(r"(?P<word>[a-z]+)(\d*)", re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile("a+"), re.compile(b"a+"), re.compile("a", re.M | re.S), re.compile(b"x", re.L | re.I))
print(re.compile("a", re.A), re.compile("a", re.X | re.A), re.compile("x" * 250))
print(p.match("Hello42 world"), p.search("--abc7", 3), p.search("abcdef", 2, 4))
print(p.fullmatch("abc12"), p.fullmatch("abc12", 0, 4), p.match("xyz", pos=1, endpos=2))
print(p.findall("ab1 cd22 ef"), p.split("ab1-cd22-ef", 1))
print([m.span() for m in p.finditer("aa1 b c2")])
print(p == re.compile(r"(?P<word>[a-z]+)(\d*)", re.I), p == re.compile(r"(?P<word>[a-z]+)(\d*)"))
print(hash(p) == hash(re.compile(r"(?P<word>[a-z]+)(\d*)", re.I)))
print(re.compile(p) is p)
try:
    re.compile(p, re.M)
except ValueError as e:
    print("ValueError", e)

# findall / finditer
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.findall(r"(\w)=(\d)?", "a= b=2"))
print(re.findall("", "abc"), re.findall("a*", "baaac"), re.findall(r"\b", "ab cd"))
print([(m.group(), m.span()) for m in re.finditer(r"\w+", "one two  three")])
it = re.finditer("a", "aXa")
print(next(it).span(), next(it).span(), list(it))

# split
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)?x", "axb, xc"))
print(re.split("x*", "axbc"), re.split(r"\b", "ab cd"), re.split("", "abc"))
print(re.split(r"(?=b)", "abab"), re.split("^", "ab\ncd", flags=re.M))

# sub / subn
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@site.com"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub("a", "b", "aaa", count=2), re.subn("a", "b", "aaa"), re.subn("x", "y", "aaa"))
print(re.sub(r"(?P<first>\w) (?P<second>\w)", r"\g<second> \g<first>", "a b c d"))
print(re.sub(r"(a)", r"\g<1>0", "aa"), re.sub("a", r"\n\t\\", "a"))
try:
    re.sub("(a)", r"\10", "aa")
except re.error as e:
    print(type(e).__name__, e, e.pos)
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("a|", "-", "bac"))
print(re.sub(r"(\w)(\d)?", r"[\1\2]", "a1 b"))
print(re.sub("a", "", "banana"), re.sub("a", lambda m: "" if m.start() else "X", "aXa"))
print(re.subn(r"\s+", " ", "  lots   of   space  "))
print(re.sub("(?i)HELLO", "bye", "hello Hello"))
print(re.sub(b"a", b"b", b"abca"), re.sub(b"(a)", rb"<\1>", bytearray(b"xa")))
print(re.sub("a", "\\\\", "bab"))

# escape and the cache
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q"))
print(re.escape(b"1.5 * x"), re.escape("\t\n"), re.escape(""))
print(re.search(re.escape("1+1=2"), "so 1+1=2 is true").span())
re.purge()
print(re.match("(ab)+", "ababx").group(1))

# flags
print(re.I, re.IGNORECASE, re.M | re.S, re.I | re.M | re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I == 2, int(re.M), re.I | 0, 0 | re.I, re.I & re.I, re.I.value, re.I.name)
print(re.findall("^a", "a\na", re.M), re.findall("a.b", "a\nb", re.S), re.findall("A", "aA", re.I))
print(re.findall(r"""a   # an a
                    \d  # a digit""", "a1 a2", re.X))
print(re.match("(?i)abc", "ABC"), re.match("a(?i:b)c", "aBc"), re.match("a(?i:b)c", "aBC"))
print(re.findall(r"\w+", "ça va, très bien", re.A))
print(" | ".join(re.findall(r"\w+", "ça va, très bien")))
print(re.findall(r"\d", "1²³4"), re.findall(r"\s", "a\x1cb\xa0c"), re.findall(r"\s", "a\x1cb\xa0c", re.A))
