#!/usr/bin/env python3
"""Builds the patched MicroPython tree: Debian's source plus guest/patches/*.patch, in order.

    apply_patches.py SOURCE SERIES_DIR OUT

SOURCE is the unpacked source package (scripts/setup), never modified. OUT becomes a copy
of it with every patch of SERIES_DIR applied in name order (NNNN-topic.patch), for the
guest, the native reference build and mpy-cross alike.

Each patch starts with a header of three fields before its first diff:
    Description: what it changes
    Why: the reason (the CPython behaviour it gives, the cost it removes)
    Tests: which tests cover it
A patch without them, or one that no longer applies, fails the build with its name.

OUT is rewritten file by file: a file is written only when its content changes, so an
edited patch rebuilds only what it touches. OUT/.mpsandbox-patched lists the files the
series changed, so a file a patch stops touching goes back to Debian's version.

A source file of OUT (py/, extmod/, shared/, ports/unix/, mpy-cross/) that is neither
Debian's nor what the series makes of it was edited by hand: the build stops rather than
overwrite the edit or build from a tree that no patch describes. Save the edit with
tools/build/make_patch.py, or delete OUT to start again.
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

MANIFEST = ".mpsandbox-patched"
CHECKED = ("py", "extmod", "shared", "ports/unix", "mpy-cross")
SOURCE_SUFFIXES = (".c", ".h", ".py", ".mk", "Makefile")
FIELDS = ("Description:", "Why:", "Tests:")


def fail(msg):
    sys.exit(f"apply_patches: error: {msg}")


def touched_files(name, text):
    files = []
    for m in re.finditer(r"^\+\+\+ (\S+)", text, re.M):
        path = m.group(1)
        if not path.startswith("b/"):
            fail(f"{name}: expected paths like b/py/vm.c (patch -p1), got {path}")
        path = path[2:]
        if ".." in path.split("/") or path.startswith("/"):
            fail(f"{name}: path outside the tree: {path}")
        if path not in files:
            files.append(path)
    if not files:
        fail(f"{name}: no file changes")
    return files


def check_header(name, text):
    head = re.split(r"^(?:diff |--- )", text, maxsplit=1, flags=re.M)[0]
    missing = [f for f in FIELDS if not re.search(r"^" + f + r"\s*\S", head, re.M)]
    if missing:
        fail(f"{name}: header lacks {', '.join(missing)} (see guest/patches/README.md)")


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write_if_changed(path, data):
    if read(path) == data:
        return False
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    if os.path.exists(path):
        shutil.copymode(path, tmp)
    os.replace(tmp, path)
    return True


def hand_edited(source, out, previous, patched):
    """Stops when a source file of OUT is neither Debian's nor the series' version."""
    edited = []
    for top in CHECKED:
        for root, dirs, names in os.walk(os.path.join(out, top)):
            dirs[:] = [d for d in dirs if not d.startswith("build")]
            for n in names:
                if not n.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(root, n)
                rel = os.path.relpath(path, out)
                have = read(path)
                if have == read(os.path.join(source, rel)):
                    continue
                if rel in patched and have == patched[rel]:
                    continue
                if rel in previous and rel not in patched:
                    continue  # a patch stopped touching it: it goes back to Debian's
                if rel in previous and rel in patched:
                    # The series changed since the last run; the file is the old version
                    # only if an earlier run wrote it, which its presence in the manifest
                    # says. Edits made after that run cannot be told apart from it here,
                    # so compare with the record of what was written.
                    if hashlib.sha256(have).hexdigest() == written_hash(out, rel):
                        continue
                edited.append(rel)
    if edited:
        fail("edited by hand and not in any patch: " + ", ".join(sorted(edited)) +
             f" (in {out}). Save them with tools/build/make_patch.py NNNN-topic FILE..., "
             "or restore them")


def written_hash(out, rel):
    try:
        with open(os.path.join(out, MANIFEST + ".sha256"), encoding="utf-8") as f:
            for line in f:
                h, _, name = line.rstrip("\n").partition(" ")
                if name == rel:
                    return h
    except OSError:
        pass
    return None


def series(series_dir):
    """The patches of a series directory, in order, each with its text checked."""
    if not os.path.isdir(series_dir):
        return []
    out = []
    for p in sorted(p for p in os.listdir(series_dir) if p.endswith(".patch")):
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.patch", p):
            fail(f"{p}: patch names are NNNN-topic.patch")
        with open(os.path.join(series_dir, p), encoding="utf-8") as f:
            text = f.read()
        check_header(p, text)
        out.append((p, text))
    return out


def apply_series(source, patches, what):
    """Applies patches in order to copies of the files of SOURCE they touch.

    Returns {relative path: patched content}. Fails, naming the patch, if one does not apply.
    """
    with tempfile.TemporaryDirectory() as stage:
        changed = []
        for p, text in patches:
            for rel in touched_files(p, text):
                dst = os.path.join(stage, rel)
                if rel not in changed:
                    changed.append(rel)
                    src = os.path.join(source, rel)
                    os.makedirs(os.path.dirname(dst), exist_ok=True)
                    if os.path.exists(src):
                        shutil.copy2(src, dst)
            r = subprocess.run(["patch", "-p1", "--batch", "--forward", "--silent",
                                "--no-backup-if-mismatch", "-r", "-", "-d", stage],
                               input=text.encode(), capture_output=True)
            if r.returncode != 0:
                detail = (r.stdout + r.stderr).decode(errors="replace").strip()
                fail(f"patch {p} no longer applies to {what} in {source}:\n{detail}")
        return {rel: read(os.path.join(stage, rel)) for rel in changed}


def main():
    if len(sys.argv) != 4:
        fail("usage: apply_patches.py SOURCE SERIES_DIR OUT")
    source, series_dir, out = (os.path.abspath(a) for a in sys.argv[1:])
    if not os.path.isfile(os.path.join(source, "py", "mpconfig.h")):
        fail(f"no MicroPython source in {source}: run scripts/setup")
    patches = series(series_dir)
    patched = apply_series(source, patches, "the MicroPython source")

    # Bring OUT up to date: a full copy the first time, then only what differs.
    if not os.path.isfile(os.path.join(out, "py", "mpconfig.h")):
        if os.path.exists(out):
            shutil.rmtree(out)
        shutil.copytree(source, out, symlinks=True)
    previous = []
    manifest = os.path.join(out, MANIFEST)
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            previous = [line.strip() for line in f if line.strip()]
    hand_edited(source, out, previous, patched)
    written = 0
    for rel in sorted(set(previous) | set(patched)):
        dst = os.path.join(out, rel)
        data = patched.get(rel)
        if data is None:
            data = read(os.path.join(source, rel))
        if data is None:
            if os.path.exists(dst):
                os.remove(dst)
                written += 1
        elif write_if_changed(dst, data):
            written += 1
    write_if_changed(manifest, "".join(r + "\n" for r in sorted(patched)).encode())
    write_if_changed(manifest + ".sha256", "".join(
        f"{hashlib.sha256(patched[r]).hexdigest()} {r}\n" for r in sorted(patched)).encode())
    if written:
        print(f"apply_patches: {len(patches)} patches, {written} files updated in {out}")


if __name__ == "__main__":
    main()
