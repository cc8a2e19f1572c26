# Copy, move, rotate and delete backup directories with shutil inside a TemporaryDirectory
import os
import shutil
import tempfile
from pathlib import Path


def tree(root):
    return sorted(p.relative_to(root).as_posix() + ("/" if p.is_dir() else "") for p in root.rglob("*"))


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    src = root / "site"
    (src / "css").mkdir(parents=True)
    (src / "index.html").write_text("<h1>hi</h1>")
    (src / "css" / "main.css").write_text("body{}")
    (src / "notes.tmp").write_text("scratch")

    shutil.copytree(src, root / "backup.1", ignore=shutil.ignore_patterns("*.tmp"))
    print("backup.1:", tree(root / "backup.1"))

    # rotate: backup.1 -> backup.2, then new backup.1
    for i in (2, 1):
        cur = root / f"backup.{i}"
        if cur.exists():
            shutil.move(str(cur), str(root / f"backup.{i + 1}"))
    shutil.copytree(src, root / "backup.1")
    print("after rotation:", sorted(p.name for p in root.iterdir()))

    shutil.copy2(src / "index.html", root / "index.copy.html")
    shutil.copyfile(src / "css" / "main.css", root / "main.css")
    print("copied sizes:", (root / "index.copy.html").stat().st_size, (root / "main.css").stat().st_size)
    same_mtime = int((src / "index.html").stat().st_mtime) == int((root / "index.copy.html").stat().st_mtime)
    print("copy2 kept mtime:", same_mtime)

    shutil.rmtree(root / "backup.3", ignore_errors=True)
    shutil.rmtree(root / "backup.2")
    print("after cleanup:", sorted(p.name for p in root.iterdir()))
    try:
        shutil.copytree(src, root / "backup.1")
    except FileExistsError:
        print("FileExistsError: backup.1 exists")
    shutil.copytree(src, root / "backup.1", dirs_exist_ok=True)
    os.rename(root / "main.css", root / "style.css")
    print("final:", tree(root)[:8])
    print("disk_usage fields:", shutil.disk_usage(tmp)._fields)
print(shutil.which("definitely-not-a-real-command-xyz"))
