# Transcode legacy text exports (cp1252, latin-1, utf-16 with BOM, cp437) to UTF-8 with
# codecs: BOM detection, error handlers, incremental decoding of chunks and a custom handler
import codecs
import io

samples = {
    "cp1252": "Price: \u20ac12 \u2013 \u201cspecial\u201d caf\u00e9".encode("cp1252"),
    "latin-1": "na\u00efve r\u00e9sum\u00e9 \u00bd".encode("latin-1"),
    "utf-16": "Gr\u00fc\u00dfe aus K\u00f6ln \u2603".encode("utf-16"),
    "utf-8-sig": codecs.BOM_UTF8 + "\u00e9t\u00e9 \u2600".encode("utf-8"),
    "cp437": "\u2554\u2550\u2557 box \u00e7".encode("cp437"),
}


def sniff(data):
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return None


for declared, data in samples.items():
    guess = sniff(data) or declared
    text = codecs.decode(data, guess)
    print(f"{declared:10} sniffed={guess:10} -> {text!r} ({codecs.lookup(guess).name})")
    print("   utf-8:", text.encode("utf-8"))

# incremental decoding of a stream cut in the middle of multi-byte characters
payload = "\u00e9\u20ac\U0001f600 done".encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
pieces = [dec.decode(payload[i:i + 3]) for i in range(0, len(payload), 3)]
print(pieces, repr(dec.decode(b"", final=True)))

# error handlers
broken = b"ok \xff\xfe bytes \xe9"
for handler in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(handler, ascii(broken.decode("utf-8", handler)))
print("xml:", "Smile \u263a".encode("ascii", "xmlcharrefreplace"))
print("names:", "Smile \u263a".encode("ascii", "namereplace"))


def to_question_with_code(exc):
    bad = exc.object[exc.start:exc.end]
    return "".join(f"[U+{ord(c):04X}]" for c in bad), exc.end


codecs.register_error("codepoint", to_question_with_code)
print("custom:", "Snow \u2603 and \u00e9".encode("latin-1", "codepoint"))
print("custom via codecs:", codecs.encode("\u2603", "ascii", "codepoint"))

# stream reader/writer pair over bytes
raw = io.BytesIO()
writer = codecs.getwriter("utf-16-le")(raw)
writer.write("line one\nline \u2603\n")
raw.seek(0)
reader = codecs.getreader("utf-16-le")(raw)
print(reader.readlines())

try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
try:
    codecs.lookup("klingon-8")
except LookupError as e:
    print("LookupError:", e)
print(codecs.encode(b"\x00\xffdata", "hex"), codecs.encode("Hello", "rot13"))
