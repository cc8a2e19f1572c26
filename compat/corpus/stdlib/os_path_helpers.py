# Pure string path handling with os.path: join, split, splitext, normpath, commonpath
import os.path as op

paths = [
    "/home/user/projects/app/src/main.py",
    "/home/user/projects/app/tests/test_main.py",
    "/home/user/projects/lib/../app/README.md",
    "relative/dir/./file.tar.gz",
    "trailing/slash/",
]
for p in paths:
    head, tail = op.split(p)
    root, ext = op.splitext(p)
    print(f"{p}\n  split=({head!r}, {tail!r}) ext={ext!r} base={op.basename(p)!r} norm={op.normpath(p)!r}")

print(op.join("a", "b", "c.txt"), op.join("a", "/abs", "x"), op.join("dir/", "file"))
print(op.commonpath(paths[:3]), op.commonprefix(["interstellar", "internet", "interval"]))
print(op.relpath("/a/b/c/d", "/a/b/x"), op.relpath("/a", "/a"))
print(op.isabs("/x"), op.isabs("x/y"), op.splitext(".bashrc"), op.splitext("archive.tar.gz"))
print(op.dirname("/a/b/c"), op.dirname("file"), repr(op.dirname("")))
print(op.normpath("a/b/../../../c"), op.normpath("//a//b/"), op.normpath("./"))
print(op.expanduser("no/tilde/here"), op.sep, op.extsep, op.curdir, op.pardir)
try:
    op.commonpath(["/abs", "rel"])
except ValueError as e:
    print("ValueError:", e)


def change_ext(path, new):
    return op.splitext(path)[0] + new


print([change_ext(p, ".bak") for p in ["a.txt", "b", "c.d/e", "f.tar.gz"]])
