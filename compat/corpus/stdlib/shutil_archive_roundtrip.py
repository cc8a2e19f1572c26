# Make a zip and tar.gz archive of a tree with shutil.make_archive and unpack it again
import shutil
import tempfile
import zipfile
import tarfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    data = base / "payload"
    for rel, text in {"a.txt": "alpha", "sub/b.txt": "beta" * 10, "sub/deeper/c.json": '{"k": 1}'}.items():
        p = data / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)

    print(sorted(name for name, _ in shutil.get_archive_formats() if name in ("zip", "tar", "gztar")))
    zip_path = shutil.make_archive(str(base / "out"), "zip", root_dir=data)
    tgz_path = shutil.make_archive(str(base / "out"), "gztar", root_dir=data)
    print(Path(zip_path).name, Path(tgz_path).name)

    with zipfile.ZipFile(zip_path) as zf:
        names = sorted(zf.namelist())
        print("zip entries:", names)
        print("b.txt size:", zf.getinfo("sub/b.txt").file_size)
        print(zf.read("sub/deeper/c.json").decode())
    with tarfile.open(tgz_path) as tf:
        members = sorted(m.name for m in tf.getmembers() if m.isfile())
        print("tar files:", members)

    for archive, dest in ((zip_path, "unzipped"), (tgz_path, "untarred")):
        shutil.unpack_archive(archive, base / dest)
        restored = sorted(p.relative_to(base / dest).as_posix() for p in (base / dest).rglob("*") if p.is_file())
        same = all((base / dest / r).read_text() == (data / r).read_text() for r in restored)
        print(dest, restored, "identical" if same else "DIFFERENT")

    mem = base / "mem.zip"
    with zipfile.ZipFile(mem, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("hello.txt", "hello " * 50)
    with zipfile.ZipFile(mem) as zf:
        info = zf.getinfo("hello.txt")
        print(info.filename, info.file_size, info.compress_size < info.file_size, zf.testzip())
