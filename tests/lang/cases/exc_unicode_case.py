# UnicodeDecodeError from decoding invalid UTF-8, with CPython's positions and reasons;
# UnboundLocalError for a local read before assignment.
for raw in [b"\xff", b"ab\xe2\x82", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"\xf0\x28", b"x\xc3"]:
    try:
        raw.decode()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, repr(e.reason), e.object)
    try:
        str(raw, "utf-8")
    except UnicodeDecodeError as e:
        print(e)
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, isinstance(e, NameError))
