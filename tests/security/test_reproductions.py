"""Issue 15's reproductions that live outside the other files of tests/security, in the
same spirit: each runs the hostile input, then checks that the host lived (a crash
fails the run), that its memory stayed bounded (peak RSS of this process or the CLI
child), that the deadline held, and that the session is usable afterwards. The table in
docs/SECURITY.md ("Adversarial tests") maps every reproduction to its test.
"""
import json
import os
import resource
import subprocess
import sys
import threading
import time

import pytest

import mpsandbox
from mpsandbox import Limits, Policy, Session, Status

CLI = os.environ.get("MPSANDBOX_CLI")


def peak_rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def limits(**kw):
    lim = Limits()
    lim.memory_bytes = kw.pop("memory", 64 << 20)
    lim.timeout_ms = kw.pop("timeout_ms", 10000)
    lim.fuel = kw.pop("fuel", 2_000_000_000)
    for k, v in kw.items():
        setattr(lim, k, v)
    return lim


def usable(s):
    """The session runs ordinary code afterwards, with its earlier state."""
    r = s.exec("print(keep, sum(range(1000)))")
    assert r.status == Status.OK and r.stdout == "kept 499500\n", (r.status, r.error)
    r = s.exec("raise KeyError('k')")
    assert r.status == Status.ERROR and r.error.type == "KeyError"


def session(policy=None, **kw):
    s = Session(limits(**kw), policy) if policy is not None else Session(limits(**kw))
    assert s.exec("keep = 'kept'").status == Status.OK
    return s


def timed(s, code):
    start = time.monotonic()
    r = s.exec(code)
    return r, time.monotonic() - start


def test_timeout_holds_in_a_loop_of_30MB_host_calls():
    """A 1 s timeout ended a loop of host calls with a 30 MB payload after 54 s."""
    # fuel enough that the deadline, not the budget, ends it on a fast idle machine too
    # (each call copies 30 MB and pays for it: 2 G units lasted ~130 calls, under 1 s)
    s = session(memory=256 << 20, timeout_ms=1000, fuel=10**15)
    s.register_function(lambda x: len(x), name="size")
    before = peak_rss()
    r, elapsed = timed(s, "p = 'x' * 30_000_000\nwhile True:\n    size(p)")
    assert r.status == Status.TIMEOUT, (r.status, r.error)
    assert elapsed < 1.0 + 1.5, elapsed
    assert peak_rss() - before < 1 << 30
    usable(s)


def test_host_call_of_many_empty_lists_costs_memory_in_proportion():
    """One host call with a payload of empty lists grew a Python embedder by 2.1 GB:
    it must cost host memory in proportion to its bytes, or be refused cleanly."""
    s = session(memory=128 << 20, timeout_ms=20000)
    s.register_function(lambda x: len(x), name="size")
    before = peak_rss()
    r, elapsed = timed(s, "size([[]] * 2_000_000)")  # a 6 MB payload, 2 million lists
    assert r.status in (Status.OK, Status.ERROR), (r.status, r.error)
    assert r.status == Status.ERROR or r.value == "2000000"
    assert peak_rss() - before < 512 << 20, (peak_rss() - before) >> 20
    assert elapsed < 20
    usable(s)


def test_replay_session_runs_no_host_function_twice():
    """MicroPythonReplaySession replayed its snippets, so host functions ran again."""
    from micropython_wasm import MicroPythonReplaySession, MicroPythonWasmError
    calls = []
    with MicroPythonReplaySession(host_functions={"tick": lambda: calls.append(1) or len(calls)}) as s:
        s.run("a = tick()")
        for _ in range(3):
            with pytest.raises(MicroPythonWasmError):
                s.run("a = tick()\nraise ValueError('boom')")
        assert s.run("print(a)").stdout == "1\n"
    assert len(calls) == 4


def test_raw_memory_formats_are_gone_from_struct():
    """struct's 'O' (and 'S') let the guest read and forge raw linear memory. 'P' is
    CPython's: a pointer-sized integer, never an address the guest could follow."""
    s = session()
    for fmt in ("O", "S", "2O", "<O", "@S"):
        r = s.exec("import struct\nstruct.pack(%r, 1)" % fmt)
        assert r.status == Status.ERROR and r.error.type in ("error", "ValueError", "TypeError"), (fmt, r.error)
        r = s.exec("import struct\nstruct.unpack(%r, bytes(16))" % fmt)
        assert r.status == Status.ERROR, fmt
    r = s.exec("import struct\nstruct.unpack('P', struct.pack('P', 12345))[0], struct.calcsize('P')")
    assert r.status == Status.OK and r.value == "(12345, 8)", (r.status, r.error, r.value)
    usable(s)


def test_invalid_utf8_error_fields_read_as_text():
    """An exception message with invalid UTF-8 made the binding raise UnicodeDecodeError."""
    s = session(max_output_bytes=100)
    r = s.exec("raise ValueError('\\udcff' * 50 + 'x' * 1000000)")
    assert r.status == Status.ERROR
    for text in (r.error.type, r.error.message, r.error.traceback, r.stderr):
        text.encode("utf-8")  # valid text, no surrogates
        assert len(text.encode()) <= 100
    usable(s)


_DETERMINISTIC = (
    "import gc\n"
    "d = {}\n"
    "for i in range(20000):\n"
    "    d[i] = [str(i)] * (i % 7)\n"
    "    if i % 1000 == 0: gc.collect()\n"
    "def depth(n):\n"
    "    try:\n"
    "        return depth(n + 1)\n"
    "    except RecursionError:\n"
    "        return n\n"
    "print(len(d), sum(map(len, d.values())), depth(0))\n")


def _deterministic_run():
    p = Policy()
    p.deterministic = True
    r = mpsandbox.run(_DETERMINISTIC, limits=limits(), policy=p)
    return repr((str(r.status), r.stdout, r.fuel_used))


def test_deterministic_mode_is_deterministic_across_processes_and_stacks():
    """Allocation-heavy programs gave different (stdout, fuel) pairs over 8 runs, and the
    recursion depth followed the host thread's stack size (8 MiB: 3960; 512 KiB: 152)."""
    results = []
    for size in (512 << 10, 8 << 20):
        threading.stack_size(size)
        try:
            t = threading.Thread(target=lambda: results.append(_deterministic_run()))
            t.start()
            t.join()
        finally:
            threading.stack_size(0)
    here = os.path.dirname(os.path.abspath(__file__))
    code = ("import sys\nsys.path.insert(0, %r)\nfrom test_reproductions import _deterministic_run\n"
            "print(_deterministic_run())" % here)
    for _ in range(2):
        start = time.monotonic()
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr[-2000:]
        assert time.monotonic() - start < 60
        results.append(p.stdout.strip().splitlines()[-1])
    assert len(set(results)) == 1, results
    assert "20000 " in results[0] and "OK" in results[0].upper(), results[0]


@pytest.fixture
def big_files(tmp_path):
    (tmp_path / "eight.bin").write_bytes(b"\x01" * (8 << 20))
    (tmp_path / "line.txt").write_text("y" * 1_400_000 + "\n" + "short\n")
    (tmp_path / "lines.bin").write_bytes((b"z" * 15 + b"\n") * (1 << 19))
    (tmp_path / "data.json").write_text(json.dumps([{"k": i, "v": "w" * 20} for i in range(40_000)]))
    p = Policy()
    p.mount_readonly(str(tmp_path), "/input")
    return p


@pytest.mark.parametrize("name,code,out", [
    ("read_8MiB", "f = open('/input/eight.bin', 'rb')\nprint(len(f.read()))\nf.close()", "8388608\n"),
    ("iterate_a_1_4MB_line", "n = [len(l) for l in open('/input/line.txt')]\nprint(n)", "[1400001, 6]\n"),
    ("readline_1_4MB", "f = open('/input/line.txt')\nprint(len(f.readline()), f.readline())", "1400001 short\n\n"),
    ("lines_of_8MiB", "print(sum(len(l) for l in open('/input/lines.bin', 'rb')))", "8388608\n"),
    ("json_load_1_4MB", "import json\nprint(len(json.load(open('/input/data.json'))))", "40000\n"),
], ids=["read_8MiB", "iterate_a_1_4MB_line", "readline_1_4MB", "lines_of_8MiB", "json_load_1_4MB"])
def test_large_reads_are_linear(big_files, name, code, out):
    """f.read() of a mounted file was quadratic (8 MiB past 10 s), so was json.load of
    1.4 MB; lines were read a byte per system call (a 1.4 MB line 2-7 s, 8 MiB of short
    lines past 10 s). On this shared machine: well under a second each."""
    s = session(big_files, memory=128 << 20)
    r, elapsed = timed(s, code)
    assert r.status == Status.OK and r.stdout == out, (r.status, r.error, r.stdout[:200])
    assert elapsed < 1.5, "%s took %.2f s" % (name, elapsed)
    usable(s)


@pytest.mark.skipif(not CLI, reason="MPSANDBOX_CLI not set")
@pytest.mark.parametrize("args", [[], ["--json"]])
def test_cli_caps_a_huge_uncaught_exception(args):
    """With --max-output 100 an uncaught exception wrote a 1 MiB traceback to stderr, and
    --json returned 2 MB of error fields."""
    code = "def f(n):\n    if n == 0: raise ValueError('m' * 1000000)\n    f(n - 1)\nf(500)"
    # Run through a small Python so that the peak memory measured is the CLI's own (a
    # child forked from this big test process starts with its peak).
    script = ("import json, resource, subprocess, sys\n"
              "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
              "print(json.dumps([p.returncode, p.stdout.decode(), p.stderr.decode(),\n"
              "                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))\n")
    start = time.monotonic()
    w = subprocess.run(["/usr/bin/python3", "-c", script, CLI, "--max-output", "100", "--timeout", "5", *args,
                        "-c", code], capture_output=True, text=True, timeout=60)
    assert w.returncode == 0, w.stderr[-2000:]
    returncode, stdout, stderr, peak_kib = json.loads(w.stdout)
    p = subprocess.CompletedProcess(args, returncode, stdout, stderr)
    assert time.monotonic() - start < 10
    assert p.returncode == 1, (p.returncode, stderr[-300:])
    if args:
        r = json.loads(stdout)
        for field in ("type", "message", "traceback"):
            assert len(r["error"][field].encode()) <= 100, field
        assert r["error_truncated"] is True
    else:
        assert len(stderr) <= 100 + 200, len(stderr)  # the cap, and the CLI's note of it
    assert peak_kib < 512 << 10, peak_kib  # KiB: under 512 MiB
