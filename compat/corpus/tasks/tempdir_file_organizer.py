# Organise files in a temporary directory by extension using pathlib, shutil, glob and os
import glob
import os
import shutil
import tempfile
from pathlib import Path

FILES = {
    "inbox/report_q1.pdf": b"%PDF-1.4 fake report",
    "inbox/holiday.JPG": b"\xff\xd8\xff fake jpeg data" * 3,
    "inbox/notes.txt": b"remember the milk\n",
    "inbox/data/export.csv": b"id,value\n1,10\n2,20\n",
    "inbox/data/export_old.csv": b"id,value\n1,9\n",
    "inbox/script.py": b"print('hi')\n",
    "inbox/README": b"no extension here",
    "inbox/.hidden.txt": b"secret",
}
CATEGORIES = {".pdf": "documents", ".txt": "documents", ".jpg": "images", ".png": "images",
              ".csv": "data", ".py": "code"}


def tree(root: Path) -> list[str]:
    lines = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        indent = "  " * (len(rel.parts) - 1)
        suffix = "/" if path.is_dir() else f" ({path.stat().st_size} B)"
        lines.append(f"{indent}{rel.name}{suffix}")
    return lines


def organise(inbox: Path, target: Path) -> dict[str, list[str]]:
    moved: dict[str, list[str]] = {}
    for path in sorted(inbox.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        category = CATEGORIES.get(path.suffix.lower(), "misc")
        dest_dir = target / category
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = dest_dir / path.name
        counter = 1
        while dest.exists():
            dest = dest_dir / f"{path.stem}_{counter}{path.suffix}"
            counter += 1
        shutil.move(str(path), dest)
        moved.setdefault(category, []).append(dest.name)
    return moved


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel, content in FILES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content)
    (root / "sorted" / "documents").mkdir(parents=True)
    (root / "sorted" / "documents" / "notes.txt").write_text("already here\n")

    print("before:")
    print("\n".join("  " + line for line in tree(root)))
    moved = organise(root / "inbox", root / "sorted")
    print("moved:")
    for cat in sorted(moved):
        print(f"  {cat}: {sorted(moved[cat])}")

    csvs = sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "**", "*.csv"), recursive=True))
    print("csv files via glob:", csvs)
    leftovers = sorted(p.name for p in (root / "inbox").rglob("*") if p.is_file())
    print("left in inbox:", leftovers)
    shutil.rmtree(root / "inbox" / "data")
    archive_copy = shutil.copytree(root / "sorted", root / "backup")
    print("backup created:", Path(archive_copy).relative_to(root))
    total = sum(f.stat().st_size for f in (root / "backup").rglob("*") if f.is_file())
    print("backup size:", total, "bytes")
    print("after:")
    print("\n".join("  " + line for line in tree(root)))
print("temporary directory removed:", not root.exists())
