#!/usr/bin/env python3
"""Checks corpus programs against CPython alone: each must be deterministic (the same
stdout, exit status and last stderr line under three hash seeds and working directories),
finish within 5 s and print at most 64 KiB.

usage: tools/compat/validate.py FILE_OR_DIR...
"""
import os
import subprocess
import sys
import tempfile

CPYTHON = "/usr/bin/python3"


def run(path, seed):
    env = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": str(seed), "LANG": "C.UTF-8",
           "PYTHONIOENCODING": "utf-8", "TZ": "UTC"}
    with tempfile.TemporaryDirectory() as cwd:
        p = subprocess.run([CPYTHON, "-X", "utf8", os.path.abspath(path)], cwd=cwd, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=5)
    err = p.stderr.decode("utf-8", "replace").strip().splitlines()
    return p.stdout, p.returncode, err[-1] if err else ""


def main():
    files = []
    for arg in sys.argv[1:]:
        if os.path.isdir(arg):
            for root, _, names in os.walk(arg):
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
        else:
            files.append(arg)
    bad = 0
    for f in sorted(files):
        try:
            outs = [run(f, s) for s in (0, 1, 12345)]
        except subprocess.TimeoutExpired:
            print(f"{f}: takes more than 5 s")
            bad += 1
            continue
        if any(o != outs[0] for o in outs):
            print(f"{f}: not deterministic")
            bad += 1
        elif len(outs[0][0]) > 65536:
            print(f"{f}: prints more than 64 KiB")
            bad += 1
        elif not outs[0][0]:
            print(f"{f}: prints nothing")
            bad += 1
        elif outs[0][1] != 0 and "Error" not in outs[0][2] and "Exception" not in outs[0][2]:
            print(f"{f}: exit status {outs[0][1]}: {outs[0][2]}")
            bad += 1
    print(f"{len(files)} programs, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
