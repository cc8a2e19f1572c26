# Handling FileNotFoundError/IsADirectoryError and OSError attributes when reading files
import errno
import os
import tempfile


def read_config(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError as e:
        print(f"missing: {e.filename} (errno {e.errno} = {errno.errorcode[e.errno]})")
    except IsADirectoryError as e:
        print(f"is a directory: {e.strerror} (same path: {e.filename == path})")
    except UnicodeDecodeError as e:
        print(f"not text: {e.reason} at byte {e.start}")
    return None


with tempfile.TemporaryDirectory() as tmp:
    good = os.path.join(tmp, "app.cfg")
    with open(good, "w", encoding="utf-8") as fh:
        fh.write("debug=true\n")
    binary = os.path.join(tmp, "blob.bin")
    with open(binary, "wb") as fh:
        fh.write(b"\x00\xff\xfe")

    print(repr(read_config(good)))
    read_config(os.path.join(tmp, "nope.cfg").replace(tmp, "."))
    read_config(tmp)
    read_config(binary)

    try:
        os.mkdir(tmp)
    except FileExistsError as e:
        print("FileExistsError:", e.errno == errno.EEXIST, e.strerror)
    try:
        os.rmdir(os.path.join(tmp, "ghost"))
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        open(good, "r", encoding="utf-8").write("x")
    except OSError as e:
        print(type(e).__name__, e)

try:
    open("missing-dir/file.txt")
except OSError as e:
    print(type(e).__name__, "|", e, "|", e.args)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
print(OSError(errno.ENOENT, "gone").__class__.__name__, OSError(errno.EACCES, "denied").__class__.__name__)
