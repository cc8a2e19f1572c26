# File errors: a directory is IsADirectoryError at open (with the path), writing a file
# opened for reading (and reading one opened for writing) is io.UnsupportedOperation
import errno
import io
import os

os.mkdir("adir")
with open("f.txt", "w") as f:
    f.write("hello\n")

for mode in ("r", "rb", "w", "a", "r+"):
    try:
        open("adir", mode)
    except IsADirectoryError as e:
        print(mode, type(e).__name__, e.errno == errno.EISDIR, e.filename == "adir", e.strerror)
    except OSError as e:
        print(mode, type(e).__name__, e.filename)

for mode, op in [("r", "write"), ("w", "read"), ("a", "read"), ("rb", "write"), ("wb", "read"),
                 ("ab", "read"), ("r+", "write"), ("w+", "read")]:
    with open("f.txt", mode) as f:
        try:
            if op == "write":
                r = f.write(b"x" if "b" in mode else "x")
            else:
                r = f.read()
            print(mode, op, "ok", repr(r))
        except io.UnsupportedOperation as e:
            print(mode, op, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

with open("f.txt") as f:
    try:
        f.writelines(["a"])
    except OSError as e:
        print("writelines", type(e).__name__, e)
    print(f.read())
try:
    open("missing/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.args, e.filename)
