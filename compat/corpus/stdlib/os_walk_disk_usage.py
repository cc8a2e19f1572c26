# Build a directory tree and compute per-directory disk usage with os.walk (sorted, relative paths)
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    spec = {
        "logs/app.log": 1200,
        "logs/old/app.1.log": 800,
        "logs/old/app.2.log": 650,
        "cache/a.bin": 4096,
        "cache/b.bin": 2048,
        "cache/nested/deep/c.bin": 10,
        "notes.txt": 33,
    }
    for rel, size in spec.items():
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(b"x" * size)

    usage = {}
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        own = sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames)
        children = sum(usage[os.path.normpath(os.path.join(rel, d))] for d in dirnames)
        usage[os.path.normpath(rel)] = own + children

    for rel in sorted(usage):
        depth = 0 if rel == "." else rel.count(os.sep) + 1
        print(f"{'  ' * depth}{os.path.basename(rel) if rel != '.' else '<root>'}: {usage[rel]}")

    print("top-down order:")
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "old")
        print(" ", os.path.relpath(dirpath, root), sorted(filenames))

    biggest = max(spec, key=lambda r: os.path.getsize(os.path.join(root, r)))
    print("biggest file:", biggest)
    print("listdir root:", sorted(os.listdir(root)))
    with os.scandir(os.path.join(root, "cache")) as it:
        print([(e.name, e.is_dir(), e.is_file()) for e in sorted(it, key=lambda e: e.name)])
    print(os.path.isdir(os.path.join(root, "logs")), os.path.exists(os.path.join(root, "nope")))
