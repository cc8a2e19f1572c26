# ntpath and pathlib's PureWindowsPath, as CPython's (CPython's ntpath, frozen).
import ntpath
import pathlib

for p in ["C:\\Users\\me\\file.txt", "c:/a/b/../c", "\\\\server\\share\\dir\\f.tar.gz", "rel\\x", "C:", "",
          "//?/C:/x", "a/./b//c/", "..\\..\\up", "D:relative\\p"]:
    print(repr(p), ntpath.normpath(p), ntpath.split(p), ntpath.splitdrive(p), ntpath.splitext(p),
          ntpath.basename(p), ntpath.dirname(p), ntpath.isabs(p), ntpath.normcase(p))
print(ntpath.join("C:\\a", "b", "..\\c"), ntpath.join("C:\\a", "D:\\x"), ntpath.join("a", "\\b"), ntpath.join("c:", "x"))
print(ntpath.commonpath(["C:\\a\\b", "c:\\A\\c"]), ntpath.relpath("C:\\a\\b\\c", "C:\\a\\d"), ntpath.sep, ntpath.altsep)
print(ntpath.expandvars("x"), ntpath.splitroot if hasattr(ntpath, "splitroot") else "no splitroot")
for bad in (lambda: ntpath.commonpath([]), lambda: ntpath.commonpath(["C:\\a", "D:\\b"]),
            lambda: ntpath.relpath("C:\\a", "D:\\b"), lambda: ntpath.join(1), lambda: ntpath.relpath("")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
w = pathlib.PureWindowsPath("C:/Users/Me/Docs/Report.Final.docx")
print(w, repr(w), w.drive, w.root, w.anchor, w.parts, w.name, w.stem, w.suffix, w.suffixes)
print(w.parent, list(map(str, w.parents)), w.as_posix(), w.is_absolute(), w.with_suffix(".pdf"), w.with_name("x.txt"))
print(w.relative_to("c:/users"), w.match("*.docx"), w.match("docs/*.DOCX"), w == pathlib.PureWindowsPath("c:\\users\\me\\docs\\report.final.docx"))
print(pathlib.PureWindowsPath("//server/share/x") / "y", pathlib.PureWindowsPath("a") / "C:/b", pathlib.PureWindowsPath("C:a").is_absolute())
print(pathlib.PurePosixPath("/etc/hosts").parts, pathlib.PurePath("x/y").__class__.__name__, sorted([pathlib.PureWindowsPath("B"), pathlib.PureWindowsPath("a")]))
try:
    w.relative_to("D:/")
except ValueError as e:
    print("ValueError:", e)
