# Atomic file writes using NamedTemporaryFile + os.replace, and SpooledTemporaryFile buffering
import json
import os
import tempfile


def atomic_write_json(path, data):
    directory = os.path.dirname(path)
    with tempfile.NamedTemporaryFile("w", dir=directory, prefix=".tmp-", suffix=".json",
                                     delete=False, encoding="utf-8") as tmp:
        json.dump(data, tmp, indent=2, sort_keys=True)
        tmp.flush()
        os.fsync(tmp.fileno())
        tmp_name = tmp.name
    os.replace(tmp_name, path)


with tempfile.TemporaryDirectory(prefix="state-") as d:
    target = os.path.join(d, "state.json")
    atomic_write_json(target, {"version": 1, "items": [1, 2]})
    atomic_write_json(target, {"version": 2, "items": [1, 2, 3], "ok": True})
    with open(target, encoding="utf-8") as f:
        print(f.read())
    print("leftover temp files:", [n for n in os.listdir(d) if n.startswith(".tmp-")])
    print("dir entries:", sorted(os.listdir(d)))
    print("basename prefix ok:", os.path.basename(d).startswith("state-"))

    fd, path = tempfile.mkstemp(suffix=".log", dir=d)
    with os.fdopen(fd, "w") as f:
        f.write("line\n" * 3)
    print("mkstemp size:", os.path.getsize(path), path.endswith(".log"))
    os.unlink(path)
    sub = tempfile.mkdtemp(dir=d)
    print("mkdtemp is dir:", os.path.isdir(sub))

with tempfile.SpooledTemporaryFile(max_size=64, mode="w+b") as spool:
    spool.write(b"x" * 40)
    print("rolled after 40:", spool._rolled)
    spool.write(b"y" * 40)
    print("rolled after 80:", spool._rolled)
    spool.seek(0)
    print(len(spool.read()))

with tempfile.TemporaryFile("w+t") as tf:
    tf.write("hello temp\n")
    tf.seek(0)
    print(tf.read().strip())
