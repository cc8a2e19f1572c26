# str and bytes methods against CPython 3.11: results, keyword arguments and errors.
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


# case
for s in ["hello world", "Hello World", "hELLO wORLD", "", "123abc", "ǆemal", "ﬁsh", "ß", "straße",
          "ΣΑΣ", "ΌΣΟΣ ΣΑ", "Σ", "aΣ", "aΣb", "a.Σ.", "İstanbul", "ǅ", "they're bill's friends",
          "ŉ", "ΐ", "Ǆ Ǉ Ǌ", "αβγ ΑΒΓ", "Köln", "ΑΣ.", "1Σ", "ᾳ ᾼ", "ﬀ"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()))
for s in [b"hello World", b"\xe9t\xe9 ABC", b"", b"they're bill's"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())

# character classes
samples = ["", "abc", "ABC", "Abc", "abc1", "123", "١٢٣", "½", "Ⅻ", "²", "一", " \t\n", "\xa0\u3000",
           "\x1c\x1d\x1e\x1f", "\x85", "a b", "_x", "x_1", "1x", "ñandú", "Δ", "\u200b", "\x7f",
           "Ǆ", "ǅ", "Ab Cd", "AB cd", "a\u0301", "\U0001F600", "𝔘𝔫𝔦", "\ud800", "def", "\u2028"]
for s in samples:
    print(repr(s), [f(s) for f in (str.isalnum, str.isalpha, str.isascii, str.isdecimal, str.isdigit,
                                   str.isidentifier, str.islower, str.isnumeric, str.isprintable,
                                   str.isspace, str.istitle, str.isupper)])
for b in [b"", b"abc", b"ABC", b"Abc Def", b"123", b" \t\n\x0b\x0c\r", b"\x1c", b"\xe9", b"a1"]:
    print(b, [f(b) for f in (bytes.isalnum, bytes.isalpha, bytes.isascii, bytes.isdigit,
                             bytes.islower, bytes.isspace, bytes.istitle, bytes.isupper)])

# padding
for s in ["ab", "abc", "", "héllo"]:
    for w in (-1, 0, 3, 6, 7):
        print(repr(s.center(w)), repr(s.ljust(w, '*')), repr(s.rjust(w, 'é')), repr(s.center(w, '-')))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "".zfill(3), "-".zfill(3), b"-7".zfill(4))
print(b"ab".center(6, b"*"), b"ab".ljust(4), bytearray(b"x").rjust(3, b"0"))
show("center fill", "a".center, 5, "ab")
show("center fill type", "a".center, 5, 1)
show("center width", "a".center, "5")
show("bytes center fill", b"a".center, 5, "x")
show("bytes center fill2", b"a".center, 5, b"xy")
show("zfill type", "a".zfill, 1.5)
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tc\n\td".expandtabs(tabsize=2),
      "x\ty".expandtabs(0), "x\ty".expandtabs(-1), b"a\tb".expandtabs(3))

# search
s = "héllo wörld héllo"
for sub in ["l", "héllo", "", "ö", "xyz", "o w"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.find(sub, 3, 9),
          s.rfind(sub, -8), s.count(sub, 2, -2), s.find(sub, 100), s.count(sub, 20))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".count(""), "abc".count("", 4),
      "abc".count("", 2, 1), "aaa".count("aa"), "abc".find("c", None, None), "abc".find("b", -100, 100))
print(b"abcabc".find(b"c"), b"abcabc".find(99), b"abcabc".rfind(ord("a")), b"abcabc".count(b"bc"),
      b"abc".index(b"c"), bytearray(b"abc").find(b"b"))
show("index", "abc".index, "d")
show("rindex", "abc".rindex, "d")
show("bytes index", b"abc".index, b"d")
show("find type", "abc".find, 1)
show("bytes find type", b"abc".find, "a")
show("bytes find range", b"abc".find, 256)
show("find index type", "abc".find, "a", "x")
show("count type", "abc".count, None)
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".startswith("l", 2),
      "hello".startswith("l", 2, 3), "hello".endswith("lo", 0, 5), "hello".endswith(("a", "o")),
      "hello".startswith("", 5), "hello".startswith("", 6), "héllo".endswith("llo", 1),
      "héllo".startswith("é", 1), b"abc".startswith(b"ab"), b"abc".endswith((b"x", bytearray(b"c"))))
show("startswith list", "abc".startswith, ["a"])
show("startswith int", "abc".startswith, 1)
show("startswith tuple item", "abc".startswith, ("a", 1))
show("bytes startswith str", b"abc".startswith, "a")
show("endswith tuple bytes", b"abc".endswith, (b"c", "c"))

# strip
for s in ["  a b  ", "\xa0\u3000x\u2003 ", "xxaxx", "\x1c a \x1f", "", "   ", "ééaé"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xé")), repr(s.strip(None)))
print(b"  a  ".strip(), b"xxaxx".strip(b"x"), b"\x1c a".strip(), bytearray(b" a ").strip())
show("strip type", "a".strip, 1)
show("bytes strip type", b"a".strip, "a")

# split
for s in ["a b  c", "  a b c  ", "", "   ", "a,b,,c,", "a\u3000b\xa0c\x1cd", "x\ny\r\nz"]:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.split(",", 1),
          s.rsplit(",", 1), s.split(maxsplit=1), s.rsplit(sep=",", maxsplit=2), s.split(sep=None))
print(b"a b  c".split(), b"a,b".split(b","), b" a b ".rsplit(None, 1), bytearray(b"a-b").split(b"-"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "aaa".split("a"))
show("split empty", "a".split, "")
show("split type", "a".split, 1)
show("bytes split type", b"a".split, "a")
show("split maxsplit type", "a b".split, None, "1")
for s in ["a\nb\r\nc\rd", "x\x0by\x0cz\x1c1\x1d2\x1e3\x854\u20285\u20296", "", "\n", "a\n\n", "line"]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print(b"a\nb\r\nc\x0bd".splitlines(), b"a\n".splitlines(keepends=True))

# partition, affixes, replace
for s in ["key=value=x", "novalue", "=", ""]:
    print(s.partition("="), s.rpartition("="))
print(b"a=b".partition(b"="), bytearray(b"a=b").rpartition(b"="), b"ab".partition(b"="))
show("partition empty", "a".partition, "")
show("partition type", "a".partition, 1)
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix(""),
      "abc".removeprefix("x"), b"abc".removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"))
show("removeprefix type", "a".removeprefix, 1)
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"),
      "héé".replace("", "|"), "abc".replace("", "-", 2), "abc".replace("b", ""), "aaaa".replace("aa", "x"),
      "abc".replace("x", "y"), b"abc".replace(b"b", b"BB"), "a".replace("a", "b", -1), "abc".replace("abc", ""))
show("replace type", "a".replace, 1, "b")
show("replace type2", "a".replace, "a", 2)
show("bytes replace type", b"a".replace, "a", b"b")

# join
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), "x".join(("1",)),
      ", ".join(str(i) for i in range(5)), b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]))
show("join int", ",".join, ["a", 1])
show("join bytes in str", ",".join, [b"a"])
show("bytes join str", b",".join, [b"a", "b"])
show("join non iterable", ",".join, 5)

# translate
table = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(table), "abc".translate({97: "AA", 98: None}), "héllo".translate({ord("é"): "e"}),
      sorted(str.maketrans({"a": 1, 98: "x"}).items()), sorted(str.maketrans("ab", "cd").items()))
show("maketrans len", str.maketrans, "ab", "c")
show("maketrans dict key", str.maketrans, {"ab": 1})
show("maketrans one", str.maketrans, "ab")
show("maketrans key type", str.maketrans, {1.5: 1})
show("translate bad value", "a".translate, {97: 1.5})
show("translate range", "a".translate, {97: 0x110000})
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".translate(None, b"bd"),
      b"abc".translate(None, delete=b"a"), bytearray(b"abc").translate(bytes.maketrans(b"a", b"A")))
show("bytes maketrans", bytes.maketrans, b"ab", b"c")
show("bytes translate table", b"a".translate, b"short")

# hex
print(b"\x01\x02\x03\xff".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2),
      b"\x01\x02\x03\x04\x05".hex("-", -2), b"\x01\x02".hex(b"_"), b"".hex(), bytearray(b"\xab").hex(),
      memoryview(b"\x10\x20").hex(" "), b"\x01\x02\x03".hex(":", 5), b"\x01\x02\x03\x04".hex(" ", 1))
show("hex sep len", b"ab".hex, "::")
show("hex sep type", b"ab".hex, 1)
print(bytes.fromhex("01 02ff"), bytes.fromhex(" 0a0B "), bytearray.fromhex("ab cd"), bytes.fromhex(""))
show("fromhex odd", bytes.fromhex, "0")
show("fromhex bad", bytes.fromhex, "0g")
show("fromhex space", bytes.fromhex, "0 1")
show("fromhex type", bytes.fromhex, b"00")
show("fromhex unicode", bytes.fromhex, "00é")

# misc
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, b"ab" * 2, "x" in "xyz", "" in "abc", b"b" in b"abc",
      98 in b"abc", 300 in b"abc" if False else None)
show("in int", lambda: 1 in "abc")
show("bytes in range", lambda: 300 in b"abc")
show("bytes in str", lambda: "a" in b"abc")
show("str + int", lambda: "a" + 1)
show("bytes + str", lambda: b"a" + "b")
show("str * str", lambda: "a" * "b")
show("str * float", lambda: "a" * 1.5)
print("a" < "b", "é" > "z", "\U0001F600" > "\uffff", "abc" == "abc", b"a" == "a", b"a" != "a",
      sorted(["b", "é", "a", "Z", "\U0001F600", "ä"]), hash("abc") == hash("ab" + "c"))
print(str(b"abc"), str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(object=42),
      bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(source="x", encoding="ascii"),
      bytes(range(3)), bytearray(2), bytearray("é", "latin-1"), bytes(bytearray(b"q")))
show("bytes str no enc", bytes, "abc")
show("bytes neg", bytes, -1)
show("bytes range", bytes, [256])
show("bytes float", bytes, 1.5)
show("bytes enc no str", bytes, 5, "utf-8")
show("str decode str", str, "abc", "utf-8")
show("bytearray range", bytearray, [1, 300])
show("bytearray float", bytearray, 1.5)
