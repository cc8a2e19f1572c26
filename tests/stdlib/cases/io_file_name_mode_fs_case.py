# .name and .mode of open() files and of sys.stdin/stdout/stderr (and their .buffer)
import os
import pathlib
import sys
import tempfile

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s.name), repr(s.mode), s.encoding, repr(s.buffer.name), repr(s.buffer.mode))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "w") as f:
        print(f.name == path, repr(f.mode))
        f.write("x\n")
    for mode in ("r", "rb", "a", "r+", "w+", "a+", "w+b", "r+b", "a+b", "ab", "rt", "wt", "wb", "br"):
        with open(path, mode) as f:
            print(mode, repr(f.mode), f.name == path, f.closed)
        print(mode, repr(f.mode), f.closed)
    with open(pathlib.Path(path)) as f:
        print(type(f.name).__name__, f.name == path, f.mode)
    with open(path.encode()) as f:
        print(type(f.name).__name__, f.mode)
    fd = os.open(path, os.O_RDONLY)
    with open(fd, "rb") as f:
        print(f.name == fd, f.mode)
    new = os.path.join(tmp, "new.txt")
    with open(new, "x") as f:
        print(repr(f.mode), os.path.exists(new))
    try:
        open(new, "x")
    except FileExistsError as e:
        print("FileExistsError:", e.errno, e.filename == new)
    with open(os.path.join(tmp, "new2.bin"), "xb") as f:
        print(repr(f.mode))
    for bad in ("rw", "", "z", "rr", "x+a"):
        try:
            open(path, bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        open(os.path.join(tmp, "missing"), "r")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno)
    for bad in ("rU", "U", "rbt", "wx", "r\x00", 5, None, b"r"):
        try:
            open(path, bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
