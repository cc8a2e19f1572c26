"""The language and built-in types against CPython 3.11 (docs/COMPATIBILITY.md).

Each cases/<name>.py runs in a fresh session and must print what CPython prints for it
(stdout, then stderr, then the traceback of an uncaught exception), or, where the sandbox
differs on purpose, what cases/<name>.exp holds. The native reference build
(MPSANDBOX_NATIVE, tools/native) runs the same patched interpreter and must print the same.
A case may end with an uncaught exception: then the last line of the traceback must be
CPython's.
"""
import os
import pathlib
import subprocess
import sys

import pytest

import mpsandbox

CASES = pathlib.Path(__file__).parent / "cases"
# Cases that still differ from CPython, one "name: reason" a line (PENDING): skipped with
# their reason until the interpreter catches up.
PENDING = dict(line.split(":", 1) for line in
               (pathlib.Path(__file__).parent / "PENDING").read_text().splitlines()
               if line.strip() and not line.startswith("#")) \
    if (pathlib.Path(__file__).parent / "PENDING").exists() else {}
CPYTHON = os.environ.get("MPSANDBOX_CPYTHON", "/usr/bin/python3")
if not os.path.exists(CPYTHON):
    CPYTHON = sys.executable


def cpython(case):
    exp = case.with_suffix(".exp")
    if exp.exists():
        text = exp.read_text()
        return text, ""
    env = dict(os.environ, TZ="UTC", PYTHONHASHSEED="0")
    p = subprocess.run([CPYTHON, "-I", str(case)], capture_output=True, text=True, env=env,
                       cwd=case.parent, timeout=60)
    last = p.stderr.strip().splitlines()[-1] if p.returncode and p.stderr.strip() else ""
    return p.stdout, last


@pytest.mark.parametrize("case", sorted(CASES.glob("*.py")), ids=lambda p: p.stem)
def test_case(case):
    if case.stem in PENDING:
        pytest.skip("pending: " + PENDING[case.stem].strip())
    r = mpsandbox.Session().exec(case.read_text())
    want, last = cpython(case)
    assert r.stdout == want
    if last:
        assert r.error is not None, "CPython raised " + last
        got = r.error.traceback.strip().splitlines()[-1]
        assert got == last
    else:
        assert r.ok, r.stderr + (r.error.traceback if r.error else "")


@pytest.mark.parametrize("case", sorted(CASES.glob("*.py")), ids=lambda p: p.stem)
def test_case_native(case):
    if case.stem in PENDING:
        pytest.skip("pending: " + PENDING[case.stem].strip())
    native = os.environ.get("MPSANDBOX_NATIVE")
    if not native:
        pytest.skip("MPSANDBOX_NATIVE not set")
    p = subprocess.run([native, str(case)], capture_output=True, text=True, timeout=60,
                       cwd=case.parent)
    want, last = cpython(case)
    assert p.stdout == want
    if last:
        assert p.stderr.strip().splitlines()[-1] == last
    else:
        assert p.returncode == 0, p.stderr
