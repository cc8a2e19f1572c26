# Produce unified, context and ndiff diffs of two versions of a config file
import difflib

old = """[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = true

[db]
url = postgres://localhost/app
pool = 5
""".splitlines(keepends=True)

new = """[server]
host = 0.0.0.0
port = 9090
workers = 8

[db]
url = postgres://db.internal/app
pool = 5
timeout = 30
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/app.ini", tofile="b/app.ini")), end="")
print("=" * 20)
print("".join(difflib.unified_diff(old, new, "old", "new", n=0)), end="")
print("=" * 20)
print("".join(difflib.context_diff(old[:5], new[:4], "old", "new")), end="")
print("=" * 20)
nd = list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
print("".join(nd), end="")
print("restore 1:", "".join(difflib.restore(nd, 1)).split())
print("restore 2:", "".join(difflib.restore(nd, 2)).split())
added = sum(1 for l in difflib.unified_diff(old, new) if l.startswith("+") and not l.startswith("+++"))
removed = sum(1 for l in difflib.unified_diff(old, new) if l.startswith("-") and not l.startswith("---"))
print(f"{added} added, {removed} removed")
