"""Escape attempts: hostile guest programs against the capability layer.

Each program must fail inside the guest with a Python-level error, or be contained (its
effect stays within its grants), and must leave the host untouched: after every test the
host tree is compared with its state before (only the writable mount may change, and
only by the writes that the test allows).
"""
import hashlib
import os
import socket
import stat
import threading
import time

import pytest

import mpsandbox

SECRET = "TOPSECRET-7f3a"


def tree_state(root):
    """Everything observable about a host tree: type, size, mode and content hash."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            entry = (stat.S_IFMT(st.st_mode), st.st_size, stat.S_IMODE(st.st_mode))
            if stat.S_ISREG(st.st_mode) and st.st_size < (1 << 20):
                with open(path, "rb") as f:
                    entry += (hashlib.sha256(f.read()).hexdigest(),)
            elif stat.S_ISLNK(st.st_mode):
                entry += (os.readlink(path),)
            state[os.path.relpath(path, root)] = entry
    return state


@pytest.fixture(scope="module")
def host(tmp_path_factory):
    root = tmp_path_factory.mktemp("host")
    outside = root / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET + "\n")
    (outside / "dir").mkdir()
    (outside / "dir" / "inner.txt").write_text(SECRET + " inner\n")

    ro = root / "ro"
    ro.mkdir()
    (ro / "data.txt").write_text("public data\n")
    (ro / "sub").mkdir()
    (ro / "sub" / "deep.txt").write_text("deep\n")
    (ro / "mod_ok.py").write_text("VALUE = 42\n")
    os.symlink(str(outside / "secret.txt"), ro / "abs_link")
    os.symlink("../outside/secret.txt", ro / "rel_link")
    os.symlink("chain2", ro / "chain1")
    os.symlink("../outside/secret.txt", ro / "chain2")
    os.symlink(str(outside / "dir"), ro / "dir_link")
    os.symlink("../outside", ro / "sub" / "up_link")
    os.symlink("/proc/self/root/etc/passwd", ro / "proc_link")
    os.symlink("/proc/self/root", ro / "proc_root")
    os.symlink("secret_mod.py", ro / "evil_mod.py")
    (ro / "secret_mod.py").write_text("x = 1\n")
    os.remove(ro / "secret_mod.py")
    os.symlink(str(outside / "secret.txt"), ro / "secret_mod.py")
    os.link(outside / "secret.txt", ro / "hard_link")
    os.mkfifo(ro / "fifo")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(ro / "sock"))
    try:
        os.mknod(ro / "null_dev", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError):
        pass  # not root: the device case is covered where mknod is allowed
    with open(ro / "huge.bin", "wb") as f:
        f.truncate(8 << 30)  # sparse: 8 GiB apparent size

    rw = root / "rw"
    rw.mkdir()
    (rw / "existing.txt").write_text("rw data\n")
    os.symlink(str(outside / "secret.txt"), rw / "rw_link")
    os.symlink(str(outside), rw / "rw_dir_link")

    before = tree_state(root)
    yield {"root": root, "ro": ro, "rw": rw, "outside": outside, "before": before, "sock": sock}
    sock.close()


@pytest.fixture
def run(host):
    """Runs guest code in a fresh session with the standard mounts; checks containment."""
    sessions = []

    def _run(code, *, rw_quota=4096, scratch_bytes=8192, scratch_files=16, max_open=64,
             timeout_ms=5000, memory=64 << 20):
        limits = mpsandbox.Limits()
        limits.timeout_ms = timeout_ms
        limits.memory_bytes = memory
        limits.max_output_bytes = 1 << 20
        policy = mpsandbox.Policy()
        policy.mount_readonly(host["ro"], "/input")
        policy.mount_readwrite(host["rw"], "/out", max_write_bytes=rw_quota, max_files=8)
        policy.mount_scratch("/tmp", max_bytes=scratch_bytes, max_files=scratch_files)
        policy.max_open_files = max_open
        s = mpsandbox.Session(limits, policy)
        sessions.append(s)
        r = s.exec(code)
        for text in (r.stdout, r.stderr, r.value or "", r.error.message if r.error else ""):
            assert SECRET not in text, f"secret leaked: {text!r}"
            assert "LEAK" not in text, f"guest reports a leak: {text!r}"
        assert "root:" not in r.stdout  # /etc/passwd content
        return r

    yield _run
    # The host is untouched: nothing outside the writable mount changed.
    after = tree_state(host["root"])
    changed = {k for k in set(host["before"]) | set(after)
               if host["before"].get(k) != after.get(k) and not k.startswith("rw" + os.sep)}
    assert not changed, f"host tree changed: {sorted(changed)}"


def errno_of(r):
    """The OSError errno a guest program printed as 'ERR <n>' lines."""
    return [int(line.split()[1]) for line in r.stdout.splitlines() if line.startswith("ERR ")]


TRY = """
import os, sys
def attempt(fn):
    try:
        out = fn()
        print('LEAK' if out and 'TOPSECRET' in str(out) else 'GOT', repr(out)[:60])
    except OSError as e:
        print('ERR', e.errno)
    except Exception as e:
        print('EXC', type(e).__name__)
"""


def attempts(r):
    return [line for line in r.stdout.splitlines() if line.split()[0] in ("ERR", "EXC", "GOT")]


# --- reading the host's files and environment through every API ---------------------

@pytest.mark.parametrize("expr", [
    "open('/etc/passwd').read()",
    "open('/etc/passwd', 'rb').read()",
    "open('/etc/hostname').read()",
    "os.stat('/etc/passwd')",
    "os.listdir('/etc')",
    "list(os.ilistdir('/etc'))",
    "os.listdir('/home')",
    "open('/proc/self/environ').read()",
    "open('/proc/self/root/etc/passwd').read()",
    "os.listdir('/proc')",
    "os.listdir('/proc/self/fd')",
    "open('/dev/zero').read(10)",
    "open('/sys/kernel/hostname').read()",
    "open(b'/etc/passwd').read()",
])
def test_host_paths_do_not_exist(run, expr):
    r = run(TRY + f"attempt(lambda: {expr})")
    assert attempts(r) and all(a.startswith(("ERR", "EXC")) for a in attempts(r)), r.stdout


def test_root_lists_only_mounts(run):
    r = run("import os\nprint(sorted(os.listdir('/')))")
    assert r.stdout.strip() == "['input', 'out', 'tmp']"


@pytest.mark.parametrize("code", [
    "import os\nos.system('cat /etc/passwd')",
    "import os\nos.popen('id')",
    "import os\nos.execv('/bin/sh', ['sh'])",
    "import os\nos.fork()",
])
def test_no_processes(run, code):
    r = run(code)
    assert r.status == mpsandbox.Status.ERROR and r.error.type == "AttributeError"


def test_no_host_environment(run):
    # os.environ is the guest's own, empty at start: nothing of the host's environment.
    r = run("import os\nprint(dict(os.environ), os.getenv('HOME'), os.getenv('PATH'))\n"
            "os.putenv('X', '1')\nos.environ['Y'] = '2'\nprint(sorted(os.environ))")
    assert r.ok and r.stdout == "{} None None\n['X', 'Y']\n"


def test_argv_is_only_the_program(run):
    r = run("import sys\nprint(sys.argv, sys.executable == '' or sys.executable)")
    assert "HOME" not in r.stdout and "/" not in r.stdout.split("]")[0].strip("[]'")


def test_import_from_host_path_fails(run):
    # xdrlib exists in the host's Python library, not in the guest's.
    r = run("import sys\nsys.path.insert(0, '/etc')\nsys.path.insert(0, '/usr/lib/python3')\n"
            "sys.path.insert(0, '/usr/lib/python3.11')\nimport xdrlib")
    assert r.status == mpsandbox.Status.ERROR and r.error.type == "ModuleNotFoundError"
    # os.path is the guest's frozen module, whatever sys.path says.
    r = run("import sys\nsys.path.insert(0, '/usr/lib/python3.11')\nimport os.path\nprint(os.path.__file__)")
    assert r.ok and r.stdout == "posixpath.py\n"


def test_import_from_mount_works_but_not_through_symlink(run):
    r = run("import sys\nsys.path.append('/input')\nimport mod_ok\nprint(mod_ok.VALUE)\n"
            "try:\n    import secret_mod\nexcept ImportError:\n    print('blocked')")
    assert r.stdout.split() == ["42", "blocked"]


# --- ".." at every position, absolute and relative -------------------------------------

@pytest.mark.parametrize("path", [
    "/input/../outside/secret.txt",
    "/input/../../outside/secret.txt",
    "/input/sub/../../outside/secret.txt",
    "/input/sub/../../../../../../outside/secret.txt",
    "/../../../../outside/secret.txt",
    "../outside/secret.txt",
    "input/../../outside/secret.txt",
    "/input/./sub/.././../outside/secret.txt",
    "/input//..//..//outside//secret.txt",
    "/input/..",
    "/out/../../outside/secret.txt",
    "/tmp/../outside/secret.txt",
    "/input/sub/up_link/secret.txt",
])
def test_dotdot_stays_inside(run, host, path):
    r = run(TRY + f"attempt(lambda: open({path!r}).read())\nattempt(lambda: os.listdir({path!r}))")
    # ".." stops at the guest's "/": listing it shows the mounts, nothing of the host.
    root = "GOT ['input', 'out', 'tmp']"
    assert all(a.startswith(("ERR", "EXC")) or a == root for a in attempts(r)), r.stdout


def test_dotdot_after_chdir(run):
    r = run(TRY + "os.chdir('/input/sub')\nattempt(lambda: open('../../outside/secret.txt').read())\n"
            "os.chdir('..'); os.chdir('..'); os.chdir('..')\nprint('cwd', os.getcwd())")
    assert "cwd /" in r.stdout and all(a.startswith("ERR") for a in attempts(r))


# --- symlinks, hard links, magic links -----------------------------------------------------

@pytest.mark.parametrize("name", [
    "abs_link", "rel_link", "chain1", "chain2", "proc_link", "dir_link/inner.txt",
    "proc_root/etc/passwd", "sub/up_link/secret.txt",
])
def test_symlinks_are_never_followed(run, name):
    r = run(TRY + f"attempt(lambda: open('/input/{name}').read())\n"
            f"attempt(lambda: open('/input/{name}', 'rb').read(100))")
    assert all(a.startswith(("ERR", "EXC")) for a in attempts(r)), r.stdout


def test_symlink_to_directory_cannot_be_listed(run):
    r = run(TRY + "attempt(lambda: os.listdir('/input/dir_link'))\n"
            "attempt(lambda: os.stat('/input/dir_link/inner.txt'))\n"
            "attempt(lambda: os.listdir('/out/rw_dir_link'))")
    assert all(a.startswith("ERR") for a in attempts(r)), r.stdout


def test_symlink_stats_as_itself(run):
    # stat reports the link (S_IFLNK) instead of its target's size or type.
    r = run("import os\nst = os.stat('/input/abs_link')\nprint(st[0] & 0o170000 == 0o120000)")
    assert r.stdout.strip() == "True"


def test_hard_link_is_refused(run):
    r = run(TRY + "attempt(lambda: open('/input/hard_link').read())")
    assert errno_of(r) == [13]  # EACCES, numbered as in CPython on Linux


def test_writes_through_rw_symlinks_are_refused(run, host):
    r = run(TRY + "attempt(lambda: open('/out/rw_link', 'w').write('x'))\n"
            "attempt(lambda: open('/out/rw_link', 'a').write('x'))\n"
            "attempt(lambda: open('/out/rw_dir_link/new.txt', 'w').write('x'))\n"
            "attempt(lambda: os.mkdir('/out/rw_dir_link/d'))")
    assert all(a.startswith("ERR") for a in attempts(r)), r.stdout
    assert sorted(os.listdir(host["outside"])) == ["dir", "secret.txt"]


def test_symlink_swapped_in_during_reads(host):
    """A host thread flips /input/race between a file and a symlink to the secret while
    the guest keeps reading it: the guest must only ever see the file."""
    race = host["ro"] / "race"
    safe = host["root"] / "safe_src"
    safe.write_text("safe\n")
    stop = threading.Event()

    def flipper():
        tmp_link = host["ro"] / "race.tmp"
        while not stop.is_set():
            try:
                with open(tmp_link, "w") as f:
                    f.write("safe\n")
                os.replace(tmp_link, race)
                os.symlink(str(host["outside"] / "secret.txt"), tmp_link)
                os.replace(tmp_link, race)
            except FileNotFoundError:
                pass

    t = threading.Thread(target=flipper)
    t.start()
    # A loaded machine may starve the flipper for a whole exec, so keep reading (in a
    # resident session) until both states were really observed, up to a generous deadline.
    program = ("seen = {'safe': 0, 'err': 0}\n"
               "for i in range(1000):\n"
               "    try:\n"
               "        with open('/input/race') as f:\n"
               "            d = f.read()\n"
               "        k = 'safe' if d == 'safe\\n' else d\n"
               "        seen[k] = seen.get(k, 0) + 1\n"
               "    except OSError:\n"
               "        seen['err'] += 1\n"
               "print(seen)")
    totals = {"safe": 0, "err": 0}
    try:
        limits = mpsandbox.Limits()
        limits.timeout_ms = 20000
        policy = mpsandbox.Policy().mount_readonly(host["ro"], "/input")
        s = mpsandbox.Session(limits, policy)
        deadline = time.monotonic() + 60
        while (totals["safe"] == 0 or totals["err"] == 0) and time.monotonic() < deadline:
            r = s.exec(program)
            assert SECRET not in r.stdout, r.stdout
            assert r.status == mpsandbox.Status.OK, r.stderr
            seen = eval(r.stdout)
            assert set(seen) <= {"safe", "err", ""}, seen  # "" only from a file caught mid-write
            for k, v in seen.items():
                totals[k] = totals.get(k, 0) + v
    finally:
        stop.set()
        t.join()
        for p in (race, host["ro"] / "race.tmp", safe):
            if os.path.lexists(p):
                os.remove(p)
    assert totals["safe"] > 0 and totals["err"] > 0, totals  # both states were really hit


# --- special files: FIFOs, sockets, devices, huge files -----------------------------------

def test_fifo_does_not_block(run):
    t0 = time.monotonic()
    r = run(TRY + "attempt(lambda: open('/input/fifo').read())\n"
            "attempt(lambda: open('/input/fifo', 'rb').read(1))", timeout_ms=3000)
    assert time.monotonic() - t0 < 2.5
    assert r.status == mpsandbox.Status.OK
    assert all(a.startswith("ERR") for a in attempts(r)), r.stdout


def test_socket_cannot_be_opened(run):
    r = run(TRY + "attempt(lambda: open('/input/sock').read())")
    assert all(a.startswith("ERR") for a in attempts(r)), r.stdout


def test_device_file_cannot_be_opened(run, host):
    if not (host["ro"] / "null_dev").exists():
        pytest.skip("mknod is not permitted here")
    r = run(TRY + "attempt(lambda: open('/input/null_dev').read(10))\n"
            "attempt(lambda: open('/input/null_dev', 'wb').write(b'x'))")
    assert all(a.startswith("ERR") for a in attempts(r)), r.stdout


def test_huge_file_reads_are_bounded(run):
    # Each host read moves at most 1 MiB; a large read is many calls into guest memory.
    r = run("f = open('/input/huge.bin', 'rb')\nb = f.read(64 << 20)\nprint(len(b), b.count(b'\\x00'))",
            memory=256 << 20)
    assert r.status == mpsandbox.Status.OK, r.stderr
    assert r.stdout.split() == [str(64 << 20)] * 2


def test_reading_a_huge_file_whole_runs_out_of_guest_memory(run):
    # The file's size is known: read() asks for all of it at once and fails at once
    # (growing near the limit 256 bytes at a time, it spun until the fuel ran out).
    r = run("d = open('/input/huge.bin', 'rb').read()", memory=32 << 20)
    assert r.status == mpsandbox.Status.ERROR and r.error.type == "MemoryError", (r.status, r.error)
    assert r.fuel_used < 100_000_000, r.fuel_used
    r = run("f = open('/input/data.txt')\nprint(repr(f.read()), repr(f.read()))\n"
            "f = open('/input/data.txt', 'rb')\nf.read(2)\nprint(f.read())", memory=32 << 20)
    assert r.status == mpsandbox.Status.OK, r.error
    assert r.stdout == "'public data\\n' ''\nb'blic data\\n'\n", r.stdout


# --- file descriptors the guest invents, and too many open files ------------------------

@pytest.mark.parametrize("fd", [3, 4, 5, 63, 64, 1000, 2**31 - 1, -1])
def test_invented_fds(run, fd):
    r = run(TRY + f"attempt(lambda: open({fd}).read())\nattempt(lambda: open({fd}, 'wb').write(b'x'))")
    assert all(a.startswith(("ERR", "EXC")) for a in attempts(r)), r.stdout


def test_stdio_fds_cannot_be_misused(run):
    r = run(TRY + "attempt(lambda: open(1, 'rb').read())\nattempt(lambda: open(0, 'wb').write(b'x'))")
    assert all(a.startswith(("ERR", "EXC")) for a in attempts(r)), r.stdout


def test_too_many_open_files(run):
    r = run("import os\nfiles = []\ntry:\n    for i in range(200):\n"
            "        files.append(open('/input/data.txt'))\nexcept OSError as e:\n"
            "    print('stopped at', len(files), e.errno)\n"
            "for f in files: f.close()\nprint(open('/input/data.txt').read().strip())", max_open=16)
    assert r.stdout.split()[:3] == ["stopped", "at", "16"]
    assert r.stdout.strip().endswith("public data")


def test_fds_of_a_stopped_exec_are_closed(host):
    limits = mpsandbox.Limits()
    limits.fuel = 5_000_000
    policy = mpsandbox.Policy().mount_readonly(host["ro"], "/input")
    policy.max_open_files = 8
    s = mpsandbox.Session(limits, policy)
    r = s.exec("fs = [open('/input/data.txt') for i in range(8)]\nwhile True: pass")
    assert r.status == mpsandbox.Status.FUEL_EXHAUSTED
    r = s.exec("fs = [open('/input/data.txt') for i in range(8)]\nlen(fs)")
    assert r.value == "8", r.stderr


# --- writes: read-only mounts, quotas, crossing mounts ----------------------------------

@pytest.mark.parametrize("stmt", [
    "open('/input/new.txt', 'w')",
    "open('/input/data.txt', 'w')",
    "open('/input/data.txt', 'a')",
    "open('/input/data.txt', 'r+')",
    "open('/input/x.txt', 'x')",
    "os.mkdir('/input/newdir')",
    "os.remove('/input/data.txt')",
    "os.rmdir('/input/sub')",
    "os.rename('/input/data.txt', '/input/moved.txt')",
    "os.mkdir('/newtop')",
    "open('/newfile', 'w')",
    "os.remove('/input')",
    "os.rmdir('/tmp')",
    "os.rename('/out/existing.txt', '/tmp/x')",
    "os.rename('/input/data.txt', '/out/stolen.txt')",
])
def test_read_only_and_virtual_paths_refuse_changes(run, stmt):
    r = run(TRY + f"attempt(lambda: {stmt})")
    assert all(a.startswith("ERR") for a in attempts(r)), r.stdout


def test_rw_mount_quota(run, host):
    r = run("try:\n    with open('/out/a.bin', 'wb') as f:\n        for i in range(100):\n"
            "            f.write(b'x' * 1000)\nexcept OSError as e:\n    print('ERR', e.errno)",
            rw_quota=4096)
    assert errno_of(r), r.stdout
    assert os.path.getsize(host["rw"] / "a.bin") <= 4096
    os.remove(host["rw"] / "a.bin")


def test_rw_mount_sparse_holes_count(run, host):
    r = run(TRY + "f = open('/out/sparse.bin', 'wb')\nf.seek(1 << 30)\nattempt(lambda: f.write(b'x'))\nf.close()")
    assert errno_of(r), r.stdout
    assert os.path.getsize(host["rw"] / "sparse.bin") < 4096
    os.remove(host["rw"] / "sparse.bin")


def test_truncate_growth_counts_against_the_quotas(run, host):
    # truncate() grows a file with zeros: on the writable mount as written bytes (a huge
    # size would be a free sparse file on the host), in the scratch mount as its bytes.
    r = run(TRY + "f = open('/out/t.bin', 'wb')\nattempt(lambda: f.truncate(1 << 30))\n"
            "attempt(lambda: f.truncate(5000))\nprint(f.truncate(100))\nf.close()\n"
            "g = open('/tmp/t.bin', 'wb')\nattempt(lambda: g.truncate(1 << 20))\nprint(g.truncate(8000))\n"
            "h = open('/tmp/u.bin', 'wb')\nattempt(lambda: h.truncate(500))\nprint(g.truncate(10), h.truncate(500))",
            rw_quota=4096, scratch_bytes=8192)
    assert r.status == mpsandbox.Status.OK, r.error
    assert len(errno_of(r)) == 4, r.stdout
    lines = r.stdout.split("\n")
    assert "100" in lines and "8000" in lines and lines[-2] == "10 500", r.stdout
    assert os.path.getsize(host["rw"] / "t.bin") == 100
    os.remove(host["rw"] / "t.bin")


def test_rw_mount_file_count_quota(run, host):
    r = run("import os\nn = 0\ntry:\n    for i in range(50):\n        open('/out/f%d' % i, 'w').close()\n"
            "        n += 1\nexcept OSError as e:\n    print('ERR', e.errno)\nprint(n)")
    assert errno_of(r) and int(r.stdout.split()[-1]) == 8
    for name in os.listdir(host["rw"]):
        if name.startswith("f"):
            os.remove(host["rw"] / name)


def test_scratch_quotas(run):
    r = run("import os\ntry:\n    with open('/tmp/big', 'wb') as f:\n        f.write(b'x' * 100000)\nexcept OSError as e:\n"
            "    print('ERR', e.errno)\nos.remove('/tmp/big')\nn = 0\ntry:\n    for i in range(100):\n"
            "        open('/tmp/f%d' % i, 'w').close()\n        n += 1\nexcept OSError as e:\n"
            "    print('ERR', e.errno)\nprint(n)", scratch_bytes=8192, scratch_files=16)
    assert len(errno_of(r)) == 2 and r.stdout.split()[-1] == "16", r.stdout


def test_scratch_is_private_to_the_session(run):
    run("open('/tmp/note', 'w').write('mine')")
    r = run("import os\nprint(os.listdir('/tmp'))")
    assert r.stdout.strip() == "[]"


# --- dangerous modules and raw memory --------------------------------------------------

@pytest.mark.parametrize("mod", ["uctypes", "machine", "ffi", "socket", "_thread", "select",
                                 "network", "termios", "subprocess", "ctypes", "pyb", "esp"])
def test_dangerous_modules_are_absent(run, mod):
    r = run(f"import {mod}")
    assert r.status == mpsandbox.Status.ERROR and r.error.type == "ModuleNotFoundError"


@pytest.mark.parametrize("code", [
    "import micropython\nmicropython.mem32[0]",
    "import micropython\nmicropython.mem8",
    "import machine\nmachine.mem32[0x1000]",
    "__import__('uctypes').bytearray_at(0, 100)",
])
def test_raw_memory_access_is_absent(run, code):
    r = run(code)
    assert r.status == mpsandbox.Status.ERROR and r.error.type in ("AttributeError", "ImportError", "ModuleNotFoundError")


@pytest.mark.parametrize("code,exc", [
    ("m = memoryview(bytearray(8))\nm[1 << 20]", "IndexError"),
    ("m = memoryview(bytearray(8))\nm[-(1 << 20)]", "IndexError"),
    ("m = memoryview(bytearray(8))\nm[2**31 - 1] = 1", "IndexError"),
    # struct.error, as CPython's
    ("import struct\nstruct.unpack_from('I', b'1234', 1 << 30)", "error"),
    ("import struct\nstruct.unpack_from('I', b'1234', -(1 << 30))", "error"),
    ("import struct\nb = bytearray(4)\nstruct.pack_into('I', b, 1 << 20, 1)", "error"),
    ("import array\na = array.array('I', [1])\na[1 << 28]", "IndexError"),
    ("bytearray(1 << 40)", "MemoryError"),
    ("'x' * (1 << 40)", "MemoryError"),
])
def test_memory_games_raise(run, code, exc):
    r = run(code, memory=64 << 20)
    assert r.status == mpsandbox.Status.ERROR and r.error.type in (exc, "OverflowError"), r.error


def test_memoryview_slice_clamps_to_the_buffer(run):
    r = run("m = memoryview(bytearray(8))\nprint(len(m[4:1 << 30]), bytes(m[-100:2]))")
    assert r.stdout.strip() == "4 b'\\x00\\x00'"


# --- floods and runaway code ------------------------------------------------------------

def test_stdout_flood_is_truncated(run):
    r = run("while True:\n    print('A' * 10000)", timeout_ms=1500)
    assert r.stdout_truncated and len(r.stdout_bytes) == 1 << 20
    assert r.status in (mpsandbox.Status.TIMEOUT, mpsandbox.Status.FUEL_EXHAUSTED)


def test_stderr_flood_is_truncated(run):
    r = run("import sys\nfor i in range(1000):\n    sys.stderr.write('E' * 10000)")
    assert r.stderr_truncated and len(r.stderr_bytes) == 1 << 20 and r.status == mpsandbox.Status.OK


def test_deep_recursion_is_an_error(run):
    r = run("def f(n): return f(n + 1)\nf(0)")
    assert r.status == mpsandbox.Status.ERROR and r.error.type == "RecursionError"
    assert "recursion" in r.error.message


# --- path input edge cases ------------------------------------------------------------

@pytest.mark.parametrize("path", ["'/input/' + 'a' * 300", "'/input/' + 'a/' * 3000",
                                  "'/input/data.txt\\x00/etc/passwd'", "''", "b'/input/\\xff\\xfe'",
                                  "'/input/sub/deep.txt/..'", "'/input/data.txt/x'"])
def test_malformed_paths(run, path):
    r = run(TRY + f"attempt(lambda: open({path}).read())\nattempt(lambda: os.stat({path}))\n"
            f"attempt(lambda: os.listdir({path}))")
    assert r.status == mpsandbox.Status.OK
    assert all(a.startswith(("ERR", "EXC")) or "deep" in a or "GOT" in a for a in attempts(r))


def test_vfs_remount_cannot_widen_access(run):
    r = run(TRY + "attempt(lambda: os.mount(os.VfsPosix('/etc'), '/etc2'))\n"
            "attempt(lambda: os.listdir('/etc2'))\nattempt(lambda: open('/etc2/passwd').read())\n"
            "attempt(lambda: os.umount('/'))\nattempt(lambda: open('/input/data.txt').read())")
    assert r.status == mpsandbox.Status.OK
    assert not any("root:" in line for line in r.stdout.splitlines())
