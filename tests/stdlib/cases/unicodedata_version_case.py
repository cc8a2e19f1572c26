# unicodedata is CPython 3.11's Unicode 14.0.0: characters assigned in 15.0 are unassigned
import unicodedata

print(unicodedata.unidata_version)
for ch in ["\U0001FAE8", "\U00031350", "\u0CF3", "\U0002B739", "\U0002B738", "\U0001FAF6", "\u00e9"]:
    print("%04X" % ord(ch), unicodedata.category(ch), unicodedata.name(ch, "<no name>"), unicodedata.east_asian_width(ch),
          ch.isprintable(), ch.isidentifier(), ch.isalpha(), repr(ch) == "'%s'" % ch)
for name in ["SHAKING FACE", "CJK UNIFIED IDEOGRAPH-31350", "CJK UNIFIED IDEOGRAPH-2B738", "MELTING FACE"]:
    try:
        print(name, "%04X" % ord(unicodedata.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
try:
    unicodedata.name("\U0001FAE8")
except ValueError as e:
    print("ValueError", e)
print(ascii("\N{SNOWMAN}"), ascii("\N{EURO SIGN}"), ascii("\N{LATIN SMALL LETTER A}"), ascii("\N{MELTING FACE}"),
      ascii("\N{CJK UNIFIED IDEOGRAPH-2B738}"))
for src in ['"\\N{SHAKING FACE}"', '"\\N{NO SUCH NAME}"']:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
