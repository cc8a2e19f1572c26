# Unicode case mappings and character classes over whole blocks, against CPython 3.11.
# (Characters assigned in Unicode 15 only are left out: CPython 3.11 has Unicode 14.)
import unicodedata


def digest(values):
    h = 0
    for v in values:
        for ch in str(v):
            h = (h * 31 + ord(ch)) % 1000000007
    return h


ranges = [(0, 0x250), (0x370, 0x530), (0x1e00, 0x2000), (0x2000, 0x2100), (0x2c00, 0x2d30), (0xa640, 0xa6a0),
          (0xff00, 0xfff0), (0x10400, 0x10450), (0x1d400, 0x1d420), (0x1e900, 0x1e950), (0x660, 0x670),
          (0x966, 0x970), (0x2150, 0x2190), (0x3000, 0x3010), (0x4e00, 0x4e10), (0xac00, 0xac10)]
for lo, hi in ranges:
    chars = [chr(c) for c in range(lo, hi) if not (0xd800 <= c < 0xe000)]
    print(hex(lo), hex(hi),
          digest(c.upper() for c in chars), digest(c.lower() for c in chars), digest(c.title() for c in chars),
          digest(c.casefold() for c in chars), digest(c.swapcase() for c in chars),
          digest(c.capitalize() for c in chars),
          digest([c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isprintable(),
                  c.isidentifier(), c.isupper(), c.islower(), c.istitle(), c.isalnum()] for c in chars))
s = "".join(chr(c) for c in range(0x100, 0x180))
print(s.upper())
print(s.lower())
print("ΣΑΣ ΟΔΟΣ Σ ΑΣ. ΑΣ1 ἈΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ".upper(), "ǅǈǋ".lower(),
      "ǆ".title(), "ǉubljana".capitalize(), "ΐ".upper(), "ᾳ".upper(), "ᾳ".title(), "ß".title(), "İ".lower(),
      len("İ".lower()), "ﬁ".title(), "Ⓐ".lower(), "𐐀".lower(), "ꙁ".upper())
print([c for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\u180e\u200b\ufeff" if c.isspace()])
print(" \xa0\u3000text\u2003\n".strip(), "a\u2028b\x85c".splitlines(), "a\u3000b".split(), "x\u00a0y".split(" "))
print("١٢٣".isdigit(), "²".isdigit(), "²".isdecimal(), "⅕".isnumeric(),
      "Ⅻ".isnumeric(), "〇".isnumeric(), "一二三".isnumeric(), "𝟘𝟙".isdecimal())
print("ñame".isidentifier(), "名前".isidentifier(), "x·y".isidentifier(), "·x".isidentifier(), "℘x".isidentifier(),
      "a-b".isidentifier(), "𝔘".isidentifier(), "x\u200d".isidentifier())
print(sorted(set("The Quick Brown Fox Jumps Over the Lazy Dog".casefold())), "Straße".casefold() == "strasse",
      "ΜΆΪΟΣ".casefold(), "ǰ".upper(), "ŉ".upper())
print(unicodedata.unidata_version >= "14.0.0")
