# The Unicode database is CPython 3.11's, 14.0.0: characters assigned in Unicode 15 are
# unassigned (not printable, not identifiers, no name), and 14's properties hold.
import unicodedata

print(unicodedata.unidata_version)
new_in_15 = ["\U0001FAE8", "\u0cf3", "\u0ece", "\U0001F7D9", "\U00011F00", "\U0001E030",
             "\U00031350", "\U0002B739", "\U0001FA75", "\U00013439"]
for ch in new_in_15:
    print(hex(ord(ch)), ch.isprintable(), ch.isidentifier(), ch.isalpha(), unicodedata.category(ch),
          repr(unicodedata.name(ch, "")), unicodedata.east_asian_width(ch), repr(ch) == "'" + ch + "'")
in_14 = ["\U0001FAE7", "\U0001F6DF", "\U0002B738", "\U0003134A", "\u0f33", "\u10fc", "\ua7f2",
         "\uab69", "\u00e9", "\U0001F600"]
for ch in in_14:
    print(hex(ord(ch)), ch.isprintable(), ch.islower(), ch.isalpha(), unicodedata.category(ch),
          unicodedata.name(ch, ""), unicodedata.numeric(ch, None), ("a" + ch).islower())
print(repr("smile \U0001FAE8 melt \U0001FAE0"), ascii("\U0001FAE8"))
print("\U0001FAE8".isprintable(), "\U0001FAE8".upper() == "\U0001FAE8", len("\U0001FAE8".encode()))
try:
    unicodedata.lookup("SHAKING FACE")
except KeyError as e:
    print("KeyError", e)
print(unicodedata.lookup("MELTING FACE") == "\U0001FAE0")
print(unicodedata.numeric("\u0f33"), unicodedata.numeric("\u00bd"), unicodedata.numeric("x", -1))
print(sum(1 for c in range(0x1F000, 0x1FB00) if chr(c).isprintable()))
print(sum(1 for c in range(0x0, 0x30000) if chr(c).isidentifier()))
