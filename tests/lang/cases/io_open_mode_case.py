# open() validates the mode and the encoding as CPython's io.open.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")
with open(path, "w") as f:
    f.write("hello\n")
for mode in ("rz", "rw", "", "rbt", "U", "rr", "r++", "wa", "x+b", "tr", "br", "r+", "a+", "rt"):
    try:
        with open(path, mode) as f:
            print(repr(mode), "ok")
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
    except OSError as e:
        print(repr(mode), type(e).__name__, e.errno)
for enc in ("foo", "utf-8", "UTF8", "ascii", "latin-1", "no such codec"):
    try:
        with open(path, encoding=enc) as f:
            print(enc, repr(f.read()))
    except LookupError as e:
        print(type(e).__name__, e)
for kwargs in ({"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "errors": "strict"},
               {"mode": "rb", "newline": ""}, {"encoding": 5}, {"mode": 1}):
    try:
        open(path, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(os.path.join(d, "missing.txt"), encoding="foo")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(os.path.join(d, "new.txt"), "w", encoding="foo")
except LookupError as e:
    print(type(e).__name__, e, os.path.exists(os.path.join(d, "new.txt")))
