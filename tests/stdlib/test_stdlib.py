"""The guest's standard library through the sandbox (docs/COMPATIBILITY.md), and the
guest's changes to the interpreter (the yield_from cases: guest/patches/0001-yield-from-delegation.patch).

Each cases/<name>.py runs in a fresh session and must print what CPython prints for it,
or, where the sandbox differs on purpose, what cases/<name>.exp holds (MicroPython's test
convention). The native reference build (MPSANDBOX_NATIVE, tools/native) freezes the same
library and must print the same.
"""
import os
import pathlib
import subprocess
import sys
import tempfile

import pytest

import mpsandbox

CASES = pathlib.Path(__file__).parent / "cases"
CPYTHON = os.environ.get("MPSANDBOX_CPYTHON", "/usr/bin/python3")
if not os.path.exists(CPYTHON):
    CPYTHON = sys.executable

FROZEN = ["abc", "base64", "bisect", "collections/__init__", "contextlib", "copy", "datetime", "fnmatch",
          "functools", "heapq", "itertools", "keyword", "operator", "os", "string", "textwrap",
          "types", "uuid", "zlib"]


def sandbox_output(source, policy=None):
    r = mpsandbox.Session(None, policy).exec(source)
    out = r.stdout + r.stderr
    if r.error is not None:
        out += r.error.traceback
    return out, r


# A case named *_fs_case.py works on files in its current directory: it runs in a fresh
# empty directory (CPython, native build), and in the sandbox in a scratch mount at /tmp
# made its working directory.
FS_PRELUDE = "import os as _os; _os.chdir('/tmp'); del _os\n"


def is_fs_case(case):
    return case.stem.endswith("_fs_case")


# Cases of CPython modules frozen here whose imports another branch provides: expected to
# fail until it is merged (then remove the entry).
PENDING = {
    "unittest_mock_case": "special methods found on the class through a descriptor: MagicMock's "
                          "MagicProxy (len(MagicMock()) calls the proxy instead of its __get__)",
}


def check_pending(case):
    if case.stem in PENDING:
        pytest.xfail("needs " + PENDING[case.stem])


def expected_output(case):
    exp = case.with_suffix(".exp")
    if exp.exists():
        return exp.read_text()
    env = dict(os.environ, TZ="UTC", PYTHONHASHSEED="0")
    if case.stem.startswith("locale_"):
        # the sandbox's locale: CPython started with LANG=C (LC_CTYPE coerced to C.UTF-8)
        env = {k: v for k, v in env.items() if not k.startswith("LC_")}
        env["LANG"] = "C"
    with tempfile.TemporaryDirectory() as work:
        p = subprocess.run([CPYTHON, "-I", str(case.resolve())], capture_output=True, text=True, env=env,
                           cwd=work if is_fs_case(case) else case.parent, timeout=60)
    assert p.returncode == 0, p.stderr
    return p.stdout


@pytest.mark.parametrize("case", sorted(CASES.glob("*.py")), ids=lambda p: p.stem)
def test_case(case):
    check_pending(case)
    if is_fs_case(case):
        policy = mpsandbox.Policy().mount_scratch("/tmp", max_bytes=8 << 20, max_files=256)
        out, r = sandbox_output(FS_PRELUDE + case.read_text(), policy)
    else:
        out, r = sandbox_output(case.read_text())
    assert r.ok, out
    assert out == expected_output(case)


@pytest.mark.parametrize("case", sorted(CASES.glob("*.py")), ids=lambda p: p.stem)
def test_case_native(case):
    native = os.environ.get("MPSANDBOX_NATIVE")
    if not native:
        pytest.skip("MPSANDBOX_NATIVE not set")
    check_pending(case)
    with tempfile.TemporaryDirectory() as work:
        p = subprocess.run([native, "-c", case.read_text()], capture_output=True, text=True, timeout=60,
                           cwd=work if is_fs_case(case) else None)
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout == expected_output(case)


def test_help_modules_lists_the_frozen_library():
    out, r = sandbox_output("help('modules')")
    assert r.ok
    listed = set(out.split())
    for name in FROZEN + ["os/__init__", "posixpath", "hashlib", "json/__init__", "json/decoder", "_json", "re/__init__", "deflate"]:
        assert name in listed, name


def test_frozen_modules_are_imported_from_frozen_bytecode():
    out, r = sandbox_output(
        "import sys, datetime, os.path\n"
        "print(sys.path)\n"
        "print(datetime.__file__, os.path.__file__)\n")
    assert r.ok, out
    assert out == "['', '.frozen', '/lib']\ndatetime.py posixpath.py\n"


def test_os_over_the_virtual_filesystem():
    policy = mpsandbox.Policy().mount_scratch("/tmp", max_bytes=1 << 20, max_files=64)
    out, r = sandbox_output(
        "import os, errno\n"
        "os.makedirs('/tmp/a/b/c')\n"
        "os.makedirs('/tmp/a/b', exist_ok=True)\n"
        "with open('/tmp/a/b/f.txt', 'w') as f:\n"
        "    f.write('hello')\n"
        "print(os.path.exists('/tmp/a'), os.path.isdir('/tmp/a/b'), os.path.isfile('/tmp/a/b'))\n"
        "print(os.path.isfile('/tmp/a/b/f.txt'), os.path.getsize('/tmp/a/b/f.txt'))\n"
        "print(os.path.exists('/tmp/none'), os.path.isdir('/nowhere'), os.path.islink('/tmp/a'))\n"
        "print([(d, sorted(ds), sorted(fs)) for d, ds, fs in os.walk('/tmp/a')])\n"
        "os.chdir('/tmp/a')\n"
        "print(os.path.abspath('b/../b/f.txt'), os.path.relpath('/tmp/a/b/c'))\n"
        "try:\n"
        "    os.makedirs('/tmp/a/b')\n"
        "except OSError as e:\n"
        "    print('exists', e.errno == errno.EEXIST)\n"
        "print(os.path.getmtime('/tmp/a/b/f.txt') >= 0, len(os.urandom(4)), os.name)\n",
        policy)
    assert r.ok, out
    assert out == (
        "True True False\n"
        "True 5\n"
        "False False False\n"
        "[('/tmp/a', ['b'], []), ('/tmp/a/b', ['c'], ['f.txt']), ('/tmp/a/b/c', [], [])]\n"
        "/tmp/a/b/f.txt b/c\n"
        "exists True\n"
        "True 4 posix\n")


def test_zlib_output_is_read_by_cpython():
    import zlib

    data = b"sandbox " * 500 + bytes(range(256))
    out, r = sandbox_output(
        "import zlib, binascii\n"
        "data = b'sandbox ' * 500 + bytes(range(256))\n"
        "for wbits in (15, -15, 31):\n"
        "    print(binascii.hexlify(zlib.compress(data, 9, wbits)).decode())\n")
    assert r.ok, out
    for line, wbits in zip(out.split(), (15, -15, 31)):
        assert zlib.decompress(bytes.fromhex(line), wbits) == data
    cpy = zlib.compress(data)
    out, r = sandbox_output("import zlib\nprint(zlib.decompress(bytes.fromhex(%r)) == %r)" % (cpy.hex(), data))
    assert out == "True\n", out


IO_TEXT_FILES = r'''
D = "/tmp/io"
import os
os.makedirs(D, exist_ok=True)
with open(D + "/nl.txt", "wb") as f:
    f.write(b"a\r\nb\rc\nd\r")
print(repr(open(D + "/nl.txt").read()), repr(open(D + "/nl.txt", newline="").read()))
print(open(D + "/nl.txt").readlines(), list(open(D + "/nl.txt")), repr(open(D + "/nl.txt", newline="\n").read()))
f = open(D + "/nl.txt")
print(repr(f.read(2)), repr(f.read(1)), repr(f.readline()), repr(f.read()))
f.seek(0)
print(repr(f.readline()), f.closed)
f.close()
print(f.closed)
for nl in ("\r\n", "\r", "", "\n", None):
    with open(D + "/w.txt", "w", newline=nl) as f:
        f.write("x\ny\n")
        print(f.write("z"), end=" ")
    print(repr(open(D + "/w.txt", "rb").read()))
with open(D + "/w.txt", "w", encoding="utf-8", errors="strict") as f:
    f.writelines(["p\n", "q\n"])
print(repr(open(D + "/w.txt", encoding="utf-8").read()))
for kw in ({"newline": "x"}, {"newline": 5}):
    try:
        open(D + "/w.txt", **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for kw in ({"encoding": "utf-8"}, {"newline": ""}, {"errors": "strict"}):
    try:
        open(D + "/w.txt", "rb", **kw)
    except ValueError as e:
        print("ValueError", e)
'''


def test_text_files_universal_newlines(tmp_path):
    policy = mpsandbox.Policy().mount_scratch("/tmp", max_bytes=1 << 20, max_files=64)
    out, r = sandbox_output(IO_TEXT_FILES, policy)
    assert r.ok, out
    p = subprocess.run([CPYTHON, "-I", "-c", IO_TEXT_FILES.replace('"/tmp/io"', repr(str(tmp_path)))],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert out == p.stdout
