# Manipulate paths without touching the filesystem using PurePosixPath and PureWindowsPath
from pathlib import PurePosixPath, PureWindowsPath, PurePath

p = PurePosixPath("/var/log/nginx/access.log.2.gz")
print(p.parts)
print(p.parent, p.parents[1], list(map(str, p.parents))[-1])
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.with_suffix(""), p.with_name("error.log"))
print(p.is_absolute(), p.root, p.anchor)
print(p.relative_to("/var/log"))
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
print(p.match("*.gz"), p.match("nginx/*.gz"), p.match("/var/*.gz"))
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"))
print(PurePosixPath("/a") / "/b", PurePosixPath("docs", "api", "index.html"))
print(PurePosixPath("README").suffix == "", PurePosixPath(".bashrc").suffix)

w = PureWindowsPath(r"C:\Users\Ann\Documents\report.final.docx")
print(w.drive, w.root, w.anchor, w.parts)
print(w.name, w.stem, w.suffixes)
print(w.as_posix())
print(PureWindowsPath("c:/a/B") == PureWindowsPath("C:\\A\\b"), PurePosixPath("/a/B") == PurePosixPath("/A/b"))
print(PureWindowsPath(r"\\server\share\dir\file.txt").drive)
print(w.relative_to("C:/Users"))

paths = [PurePosixPath(s) for s in ["src/b.py", "src/a.py", "docs/x.md", "src/sub/c.py", "setup.py"]]
print([str(x) for x in sorted(paths)])
py = [str(x) for x in paths if x.suffix == ".py" and x.parts[0] == "src"]
print(py)
print(isinstance(p, PurePath), PurePosixPath("x").joinpath("y", "z.txt").as_posix())
