"""The Unicode data of the _sre engine (guest/sre/sre_unidata.h) is what
tools/build/gen_sre_unidata.py writes, and the engine's classes and case mappings agree
with CPython 3.11 for every code point."""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CPYTHON = os.environ.get("MPSANDBOX_CPYTHON", "/usr/bin/python3")

# every code point but the surrogates and \r (open() translates newlines), in a UTF-8
# file the program reads (chr() per code point is slow in the guest)
PROGRAM = r"""
import re, _sre, sys
s = open(sys.argv[1], encoding="utf-8").read()
print([(c, _sre.unicode_tolower(c)) for c in range(0x110000) if _sre.unicode_tolower(c) != c])
print([c for c in range(0x110000) if _sre.unicode_iscased(c)])
for p in (r"\W", r"\D", r"\S", r"(?i)[^a-z]", r"(?i)[^\u0100-\u1fff]", r"(?i)[^\u0430\u03c3\u00df]"):
    print(p, re.compile(p).sub("", s))
"""


def test_generated_table_is_current():
    p = subprocess.run([CPYTHON, str(ROOT / "tools/build/gen_sre_unidata.py"), "--check"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_every_code_point_as_cpython(tmp_path):
    native = os.environ.get("MPSANDBOX_NATIVE")
    if not native:
        pytest.skip("MPSANDBOX_NATIVE not set")
    chars = tmp_path / "chars.txt"
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and c != 0x0D)
    chars.write_text(text, encoding="utf-8")
    want = subprocess.run([CPYTHON, "-c", PROGRAM, str(chars)], capture_output=True, timeout=300)
    got = subprocess.run([native, "-c", PROGRAM, str(chars)], capture_output=True, timeout=300)
    assert want.returncode == 0, want.stderr
    assert got.returncode == 0, got.stderr
    assert got.stdout == want.stdout
