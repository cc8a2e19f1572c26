import errno
import fnmatch
import glob
import os
import os.path
import stat

os.makedirs("proj/src/pkg")
os.makedirs("proj/src/pkg", exist_ok=True)
os.makedirs("proj/docs")
for name, text in [("proj/README.md", "# readme\n"), ("proj/src/main.py", "print(1)\n"),
                   ("proj/src/pkg/__init__.py", ""), ("proj/src/pkg/util.py", "x = 1\n" * 10),
                   ("proj/docs/guide.txt", "guide"), ("proj/.hidden", "h")]:
    with open(name, "w") as f:
        f.write(text)

print(sorted(os.listdir("proj")), os.path.exists("proj/none"), os.path.isdir("proj/src"))
st = os.stat("proj/src/pkg/util.py")
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat("proj").st_mode), st[6], type(st.st_mtime).__name__)
print(os.path.getsize("proj/README.md"), os.path.isfile("proj/README.md"), os.path.islink("proj"))
with os.scandir("proj") as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print(sorted(e.path for e in os.scandir("proj/src")), entries[0].stat().st_size)
for root, dirs, files in os.walk("proj"):
    dirs.sort()
    print(root, dirs, sorted(files))
print(sorted(r for r, d, f in os.walk("proj", topdown=False) if not d))
for root, dirs, files in os.walk("proj"):
    dirs[:] = [d for d in dirs if d != "src"]
    print("pruned", root, sorted(dirs))
print(sorted(glob.glob("proj/*")), sorted(glob.glob("proj/**/*.py", recursive=True)))
print(sorted(glob.glob("proj/src/*.py")), glob.glob("proj/*.nothing"), sorted(glob.glob("proj/.*")))
print(sorted(glob.iglob("**/", recursive=True)), glob.escape("a[b]*?.txt"))
print(fnmatch.filter(sorted(os.listdir("proj/src/pkg")), "*.py"), fnmatch.translate("*.p[!y]?"))
os.rename("proj/docs/guide.txt", "proj/docs/manual.txt")
os.replace("proj/docs/manual.txt", "proj/README.md")
print(sorted(os.listdir("proj/docs")), open("proj/README.md").read())
for func, args in [(os.remove, ("proj/missing.txt",)), (os.rmdir, ("proj/src",)),
                   (os.mkdir, ("proj",)), (os.listdir, ("proj/README.md",)), (os.stat, ("nope",)),
                   (os.makedirs, ("proj/src",))]:
    try:
        func(*args)
    except OSError as e:
        print(type(e).__name__, e.errno == getattr(errno, errno.errorcode[e.errno]), e.filename, e)
os.remove("proj/src/pkg/util.py")
os.rmdir("proj/docs")
os.removedirs("proj/src/pkg") if not os.listdir("proj/src/pkg") else None
print(sorted(os.listdir("proj")), sorted(os.listdir("proj/src")))
print(os.path.abspath("proj") == os.path.join(os.getcwd(), "proj"), os.path.relpath(os.path.abspath("proj/src"), os.getcwd()))
print(os.path.normpath("a//b/./c/../d"), os.path.splitext("archive.tar.gz"), os.path.split("/a/b/"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
print(os.fspath("x"), os.sep, os.curdir, os.environ.get("NO_SUCH_VAR_X", "unset"), os.getenv("NO_SUCH_VAR_X"))
print(os.path.expanduser("~nobody_here_xyz/x"), os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt"), os.path.join("a", "/b", "c"))
os.chmod("proj/README.md", 0o600)
print(oct(stat.S_IMODE(os.stat("proj/README.md").st_mode)))
fd = os.open("proj/new.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
print(os.write(fd, b"abc"), oct(stat.S_IMODE(os.stat("proj/new.bin").st_mode)))
os.close(fd)
try:
    os.open("proj/new.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.filename)
fd = os.open("proj/new.bin", os.O_RDONLY)
print(os.read(fd, 2), os.read(fd, 10), os.read(fd, 10))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print("OSError", e.errno == errno.EBADF)
fd = os.open("proj/new.bin", os.O_RDWR | os.O_APPEND)
os.write(fd, b"def")
with os.fdopen(fd, "rb") as f:
    print(f.read())


class P:
    def __fspath__(self):
        return "proj/new.bin"


with open(P(), "rb") as f:
    print(f.read())
with os.scandir("proj") as it:
    for e in sorted(it, key=lambda e: e.name):
        if e.is_file():
            with open(e) as f:
                print(e.name, len(f.read()))
