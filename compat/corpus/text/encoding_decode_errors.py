# Encode and decode text in several codecs and handle errors with different handlers
text = "Grüße aus Köln – 5€ 🙂"

for codec in ["utf-8", "utf-16", "latin-1", "cp1252", "ascii"]:
    for errors in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
        try:
            data = text.encode(codec, errors)
            print(f"{codec:<8}{errors:<18}{len(data):>3} bytes  {data[:24]!r}")
        except UnicodeEncodeError as e:
            print(f"{codec:<8}{errors:<18}error: {e.reason} at {e.start}-{e.end} ({e.object[e.start:e.end]!r})")
        if codec in ("utf-8", "utf-16"):
            break

print()
raw = "Grüße".encode("utf-8") + b"\xff\xfe broken \xc3"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    decoded = raw.decode("utf-8", errors)
    print(f"{errors:<17} {decoded!r}")
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("strict:", e)

print()
mojibake = "Grüße".encode("utf-8").decode("latin-1")
print("mojibake:", mojibake, "-> fixed:", mojibake.encode("latin-1").decode("utf-8"))
print("utf-8-sig:", "\ufeffBOM".encode("utf-8"), "x".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"))
print("latin-1 roundtrip:", bytes(range(250, 256)).decode("latin-1"), "ÿ".encode("latin-1"))
print("surrogateescape roundtrip:", b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
