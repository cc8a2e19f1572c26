# Decoding byte payloads with different codecs and error handlers, inspecting UnicodeDecodeError
payloads = [
    b"plain ascii",
    "caf\u00e9".encode("utf-8"),
    "caf\u00e9".encode("latin-1"),
    b"\xff\xfeh\x00i\x00",
    b"truncated \xe2\x82",
]

for raw in payloads:
    try:
        text = raw.decode("utf-8")
        print(f"utf-8 ok     {text!r}")
    except UnicodeDecodeError as e:
        print(f"utf-8 failed {raw!r}")
        print(f"   {e}")
        print(f"   encoding={e.encoding} start={e.start} end={e.end} reason={e.reason!r} bad={e.object[e.start:e.end]!r}")
        for handler in ("replace", "ignore", "backslashreplace", "surrogateescape"):
            print(f"   {handler:<17} {raw.decode('utf-8', errors=handler)!r}")

try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(repr(e))
    print(isinstance(e, ValueError), isinstance(e, UnicodeError), e.args[0])

try:
    "snowman \u2603".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
    print(e.object[e.start:e.end], e.start, e.end)

print("naïve".encode("ascii", errors="xmlcharrefreplace"))
try:
    b"abc".decode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
