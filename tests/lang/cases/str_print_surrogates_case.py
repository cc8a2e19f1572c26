# print() of a string with a lone surrogate raises UnicodeEncodeError, as CPython's stdout.
for s in ("\ud800", "ab\udcff", "x\udfffy", "ok \u00e9 \U0001F600"):
    try:
        print(s)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
        print(e)
print(repr("\ud800"), ascii("a\udcffb"), len("\ud800\udc00"))
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"))
