#!/usr/bin/env python3
"""Stages the CPython standard-library modules that the guest freezes.

    cpython_lib.py LIB MODULES_TXT SERIES_DIR OUT

LIB is CPython 3.11's library directory from Debian (/usr/lib/python3.11, packages
libpython3.11-minimal and -stdlib). MODULES_TXT (guest/stdlib/modules.txt) lists the
files to take, relative to LIB: `textwrap.py`, or `json/` for every .py file of a package
directory. The patches of SERIES_DIR (guest/stdlib/patches, NNNN-topic.patch with the
same header as guest/patches) are applied in order to them, and the result is written
to OUT, file by file and only where the content changes. guest/manifest.py freezes
everything in OUT. Nothing of CPython is kept in the repository.
"""
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from apply_patches import apply_series, fail, read, series, touched_files, write_if_changed  # noqa: E402

RECORD = ".mpsandbox-staged"


def listed(lib, modules_txt):
    files = []
    with open(modules_txt, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if ".." in line.split("/") or line.startswith("/"):
                fail(f"{modules_txt}: path outside the library: {line}")
            path = os.path.join(lib, line)
            if line.endswith("/"):
                if not os.path.isdir(path):
                    fail(f"{modules_txt}: no package {line} in {lib}")
                files += sorted(line + n for n in os.listdir(path) if n.endswith(".py"))
            elif os.path.isfile(path):
                files.append(line)
            else:
                fail(f"{modules_txt}: no module {line} in {lib} (is libpython3.11-stdlib installed?)")
    return files


def main():
    if len(sys.argv) != 5:
        fail("usage: cpython_lib.py LIB MODULES_TXT SERIES_DIR OUT")
    lib, modules_txt, series_dir, out = (os.path.abspath(a) for a in sys.argv[1:])
    if not os.path.isfile(os.path.join(lib, "os.py")):
        fail(f"no CPython library in {lib}: install Debian's libpython3.11-stdlib")
    files = listed(lib, modules_txt)
    patches = series(series_dir)
    for p, text in patches:
        for rel in touched_files(p, text):
            if rel not in files:
                fail(f"{p} changes {rel}, which guest/stdlib/modules.txt does not list")
    patched = apply_series(lib, patches, "CPython's library")
    content = {rel: patched.get(rel, read(os.path.join(lib, rel))) for rel in files}

    os.makedirs(out, exist_ok=True)
    record = os.path.join(out, RECORD)
    previous = {}
    if os.path.exists(record):
        with open(record, encoding="utf-8") as f:
            for line in f:
                h, _, rel = line.rstrip("\n").partition(" ")
                previous[rel] = h
    # A staged file that is not what this tool wrote was edited by hand: keep the edit.
    edited = [rel for rel, h in previous.items()
              if os.path.exists(os.path.join(out, rel))
              and hashlib.sha256(read(os.path.join(out, rel))).hexdigest() != h
              and read(os.path.join(out, rel)) != content.get(rel)]
    if edited:
        fail("edited by hand and not in any patch: " + ", ".join(sorted(edited)) + f" (in {out}); "
             "save them as a patch in guest/stdlib/patches, or restore them")
    written = 0
    for rel in sorted(set(previous) - set(content)):
        if os.path.exists(os.path.join(out, rel)):
            os.remove(os.path.join(out, rel))
            written += 1
    for rel, data in content.items():
        if write_if_changed(os.path.join(out, rel), data):
            written += 1
    write_if_changed(record, "".join(f"{hashlib.sha256(d).hexdigest()} {r}\n"
                                     for r, d in sorted(content.items())).encode())
    if written:
        print(f"cpython_lib: {len(files)} modules, {len(patches)} patches, {written} files updated in {out}")


if __name__ == "__main__":
    main()
