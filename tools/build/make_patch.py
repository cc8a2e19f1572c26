#!/usr/bin/env python3
"""Writes (or rewrites) one patch of guest/patches from edits made in build/micropython.

    make_patch.py [--build BUILD] NNNN-topic FILE...

FILEs are paths inside the MicroPython tree (py/objstr.c). The patch becomes the diff
between those files as the earlier patches of the series leave them and their current
content in BUILD/micropython. Its header is kept if the patch exists; a new patch gets a
header to fill in. The patch must be the last one of the series to touch each FILE.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERIES = os.path.join(ROOT, "guest", "patches")
TEMPLATE = """Description: TODO what it changes
Why: TODO the CPython behaviour it gives
Tests: TODO
---
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("name")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    name = args.name[:-6] if args.name.endswith(".patch") else args.name
    if not re.fullmatch(r"\d{4}-[a-z0-9-]+", name):
        sys.exit("make_patch: name must be NNNN-topic")
    source = os.path.join(args.build, "deps", "micropython")
    tree = os.path.join(args.build, "micropython")
    path = os.path.join(SERIES, name + ".patch")
    header = TEMPLATE
    if os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        header = re.split(r"^(?=--- a/)", text, maxsplit=1, flags=re.M)[0]
    earlier = sorted(p for p in os.listdir(SERIES) if p.endswith(".patch") and p < name + ".patch")
    later = sorted(p for p in os.listdir(SERIES) if p.endswith(".patch") and p > name + ".patch")
    for p in later:
        text = open(os.path.join(SERIES, p), encoding="utf-8").read()
        for f in args.files:
            if re.search(r"^\+\+\+ b/" + re.escape(f) + r"$", text, re.M):
                sys.exit(f"make_patch: {p} also changes {f}: edit the last patch that touches it")
    with tempfile.TemporaryDirectory() as tmp:
        before = os.path.join(tmp, "before")
        for f in args.files:
            os.makedirs(os.path.dirname(os.path.join(before, f)), exist_ok=True)
            if os.path.exists(os.path.join(source, f)):
                shutil.copy2(os.path.join(source, f), os.path.join(before, f))
            else:
                open(os.path.join(before, f), "w").close()  # a file the series adds
        for p in earlier:
            text = open(os.path.join(SERIES, p), encoding="utf-8").read()
            touched = [f for f in args.files if re.search(r"^\+\+\+ b/" + re.escape(f) + r"$", text, re.M)]
            if not touched:
                continue
            # Apply only the parts of the patch for these files.
            parts = re.split(r"^(?=--- a/)", text, flags=re.M)[1:]
            sub = "".join(x for x in parts if any(x.startswith(f"--- a/{f}\n") for f in touched))
            r = subprocess.run(["patch", "-p1", "--batch", "--silent", "-d", before], input=sub.encode())
            if r.returncode:
                sys.exit(f"make_patch: {p} does not apply")
        diff = ""
        for f in args.files:
            r = subprocess.run(["diff", "-u", "--label", f"a/{f}", "--label", f"b/{f}",
                                os.path.join(before, f), os.path.join(tree, f)],
                               capture_output=True, text=True)
            diff += r.stdout
    if not diff:
        sys.exit("make_patch: no changes")
    with open(path, "w", encoding="utf-8") as out:
        out.write(header + diff)
    print(f"make_patch: wrote {os.path.relpath(path, ROOT)} ({diff.count(chr(10))} lines of diff)")


if __name__ == "__main__":
    main()
