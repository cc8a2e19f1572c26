# Inspect how repr chooses quotes and escapes control, unicode and backslash characters
samples = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\there",
    "new\nline\r\n",
    "back\\slash",
    "bell\a null\0 esc\x1b",
    "del\x7f nbsp\xa0 soft\xad",
    "zero width\u200b joiner\u200d",
    "é ß Ω 中",
    "\U0001F600",
    "\ud800",
    "",
]

for s in samples:
    r = repr(s)
    print(f"len={len(s):2} repr={r:<40} ascii={ascii(s)}")

print()
print(repr(b"it's"), repr(b'"q"'), repr(b"both ' \""), repr(b"\x00\x7f\x80\xff\t\n"))
print(repr(r"C:\new\table"), len(r"C:\new\table"), len("C:\new\table"))
print(eval(repr("mixed ' \" \\ \n")) == "mixed ' \" \\ \n")
print(str(["a'b", 'c"d', "e\\f"]))
print({"key\t": "val\n"})
print("%r" % "x" + "{!r}".format("y"))
for s in ("'", '"', "'\"", "\\"):
    print(s, repr(s), len(repr(s)))
