# Select files with glob patterns (recursive, character classes) and fnmatch filters
import fnmatch
import glob
import os
import tempfile

names = [
    "report_2023.csv", "report_2024.csv", "report_final.xlsx", "Report_2024.CSV",
    "img/a1.png", "img/a2.jpg", "img/old/b1.png", "img/.hidden.png",
    "src/main.py", "src/util_test.py", "src/pkg/mod.py", "notes[draft].txt",
]

with tempfile.TemporaryDirectory() as root:
    for n in names:
        path = os.path.join(root, n)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w").close()

    def g(pattern, **kw):
        return sorted(os.path.relpath(p, root) for p in glob.glob(os.path.join(root, pattern), **kw))

    print(g("report_*.csv"))
    print(g("report_20[0-9][0-9].*"))
    print(g("img/*.png"))
    print(g("**/*.png", recursive=True))
    print(g("**/*.py", recursive=True))
    print(g("src/*_test.py"), g("?otes*"))
    print(g("notes[[]draft].txt"), g(glob.escape("notes[draft]") + ".txt"))
    print(g("img/.*"), g("img/*", include_hidden=False) == g("img/*"))
    print(sorted(glob.glob("*.py", root_dir=os.path.join(root, "src"))))

flat = [os.path.basename(n) for n in names]
print(fnmatch.filter(flat, "*.csv"))
print(fnmatch.filter(flat, "*.[cC][sS][vV]"))
print([n for n in flat if fnmatch.fnmatchcase(n, "Report*")])
print(fnmatch.fnmatch("a1.png", "a[!2].png"), fnmatch.fnmatch("a2.png", "a[!2].png"))
print(fnmatch.translate("*.py[co]"))
exclude = ["*_test.py", ".*", "*.xlsx"]
kept = [n for n in flat if not any(fnmatch.fnmatch(n, pat) for pat in exclude)]
print(kept)
