"""Adversarial suite (issue 15): hostile input at every boundary of a session.

Each guest case runs a hostile program in a session, then checks that it ended with a
clear outcome (a Python error of a known type, or a limit's stop), within its deadline,
and that the SAME session then runs ordinary code with its earlier state. A crash of the
host fails the whole run. The protocol cases drive `mpsandbox session` (MPSANDBOX_CLI)
with hostile lines and check that every line gets an answer and the process lives.
"""
import json
import os
import resource
import subprocess
import threading
import time

import pytest

import mpsandbox
from mpsandbox import Limits, Session, Status

CLI = os.environ.get("MPSANDBOX_CLI")


def limits(**kw):
    lim = Limits()
    lim.memory_bytes = kw.pop("memory", 64 << 20)
    lim.timeout_ms = kw.pop("timeout_ms", 10000)
    lim.max_output_bytes = kw.pop("max_output", 1 << 20)
    lim.fuel = kw.pop("fuel", 2_000_000_000)
    for k, v in kw.items():
        setattr(lim, k, v)
    return lim


def describe(r):
    e = r.error
    return "%s %s\nstdout=%r\nstderr=%r\nvalue=%r" % (
        r.status, (e.type, e.message[:300], e.traceback[-1500:]) if e else None,
        r.stdout[:300], r.stderr[:500], (r.value or "")[:300])


def expect_usable(s):
    """Ordinary code runs in the session afterwards, with the state it had before."""
    r = s.exec("print(keep, 1 + 1)")
    assert r.status == Status.OK and r.stdout == "kept 2\n", describe(r)
    r = s.exec("d = {i: str(i) for i in range(1000)}\nprint(len(d), d[999])\ndel d")
    assert r.status == Status.OK and r.stdout == "1000 999\n", describe(r)
    r = s.exec("try:\n    raise KeyError('k')\nexcept KeyError as e:\n    print(repr(e))")
    assert r.status == Status.OK and r.stdout == "KeyError('k')\n", describe(r)
    r = s.exec("raise ValueError('plain')")
    assert r.status == Status.ERROR and r.error.type == "ValueError", describe(r)
    assert r.error.message == "plain" and r.error.traceback.endswith("ValueError: plain\n"), describe(r)
    r = s.exec("[1, 'a', None]")
    assert r.status == Status.OK and r.value == "[1, 'a', None]", describe(r)


def session(**kw):
    s = Session(limits(**kw))
    s.register_function(lambda *a, **k: [list(a), k], name="echo")
    assert s.exec("keep = 'kept'").status == Status.OK
    return s


def status_is(*statuses):
    def check(r):
        assert r.status in statuses, describe(r)
    return check


def error_is(*types, message=None):
    def check(r):
        assert r.status == Status.ERROR and r.error.type in types, describe(r)
        if message is not None:
            assert r.error.message == message, describe(r)
        # A clear error: the traceback ends with the exception's line (unless cut).
        assert r.error_truncated or r.error.traceback.rstrip("\n").split("\n")[-1].startswith(r.error.type), describe(r)
    return check


def ok_with(stdout=None, value=None):
    def check(r):
        assert r.status == Status.OK, describe(r)
        if stdout is not None:
            assert r.stdout == stdout, describe(r)
        if value is not None:
            assert r.value == value, describe(r)
    return check


def both(check, *preds):
    """`check`, then each predicate on the result must hold."""
    def run(r):
        check(r)
        for i, pred in enumerate(preds):
            assert pred(r), "condition %d failed: %s" % (i, describe(r))
    return run


# (name, code, check, session options)
GUEST_CASES = [
    # Output floods: capped, flagged, stopped by fuel; nothing past the cap is kept.
    ("stdout_flood", "while True:\n    print('x' * 1000)", both(status_is(Status.FUEL_EXHAUSTED, Status.TIMEOUT), lambda r: r.stdout_truncated, lambda r: len(r.stdout_bytes) <= 1 << 20), {"fuel": 200_000_000}),
    ("stderr_flood", "import sys\nwhile True:\n    sys.stderr.write('e' * 4096)", both(status_is(Status.FUEL_EXHAUSTED, Status.TIMEOUT), lambda r: len(r.stderr_bytes) <= 1 << 20), {"fuel": 200_000_000}),
    ("one_huge_print", "print('x' * (20 << 20))", both(status_is(Status.OK, Status.ERROR), lambda r: len(r.stdout_bytes) <= 1 << 20), {}),
    ("invalid_utf8_output", "import sys\nsys.stdout.buffer.write(b'a\\xff\\xfeb')\nprint()",
     both(ok_with(), lambda r: r.stdout_bytes == b"a\xff\xfeb\n"), {}),
    # Exception chains with cycles, very long chains, self-causes.
    ("cause_cycle", "a = ValueError('a')\nb = TypeError('b')\na.__cause__ = b\nb.__cause__ = a\nraise a",
     error_is("ValueError", message="a"), {}),
    ("context_cycle", "a = ValueError('a')\nb = TypeError('b')\na.__context__ = b\nb.__context__ = a\nraise a",
     error_is("ValueError", message="a"), {}),
    ("self_cause", "e = ValueError('self')\ne.__cause__ = e\ne.__context__ = e\nraise e",
     error_is("ValueError", message="self"), {}),
    ("cycle_through_handlers",
     "try:\n    try:\n        raise ValueError('v')\n    except ValueError as v:\n        try:\n"
     "            raise TypeError('t')\n        except TypeError as t:\n            v.__context__ = t\n"
     "            raise\nexcept ValueError as e:\n    raise e",
     error_is("TypeError", message="t"), {}),
    ("long_context_chain", "e = None\nfor i in range(20000):\n    n = ValueError(i)\n    n.__context__ = e\n"
     "    e = n\nraise e", both(error_is("ValueError", message="19999"), lambda r: len(r.error.traceback) <= 1 << 20), {}),
    ("raised_chain_of_handlers",
     "def f(n):\n    try:\n        raise ValueError(n)\n    except ValueError:\n        if n: f(n - 1)\n"
     "        else: raise\nf(300)", error_is("ValueError", message="0"), {}),
    # Exceptions whose text cannot be made.
    ("str_raises", "class E(Exception):\n    def __str__(self):\n        raise ValueError('inner')\nraise E()",
     both(error_is("E"), lambda r: r.error.traceback.endswith("E: <exception str() failed>\n")), {}),
    ("str_recurses", "class E(Exception):\n    def __str__(self):\n        return str(self)\nraise E()",
     error_is("E"), {}),
    ("str_loops_forever", "class E(Exception):\n    def __str__(self):\n        while True:\n            pass\n"
     "raise E()", status_is(Status.FUEL_EXHAUSTED, Status.TIMEOUT), {"fuel": 200_000_000}),
    ("str_returns_non_str", "class E(Exception):\n    def __str__(self):\n        return 42\nraise E()",
     error_is("E"), {}),
    ("str_huge", "class E(Exception):\n    def __str__(self):\n        return 's' * (8 << 20)\nraise E()",
     both(error_is("E"), lambda r: len(r.error.message.encode()) <= 1 << 20, lambda r: len(r.error.traceback.encode()) <= 1 << 20), {}),
    ("args_replaced", "e = ValueError('x')\ne.args = ('y', 'z')\nraise e", error_is("ValueError"), {}),
    ("raise_non_exception", "raise 42", error_is("TypeError"), {}),
    # MicroPython calls take at most 65535 arguments: a clear TypeError past that.
    ("many_args", "raise ValueError(*range(100000))",
     both(error_is("ValueError", "TypeError"), lambda r: len(r.error.message) <= 1 << 20), {}),
    ("systemexit_code_str_raises",
     "class C:\n    def __str__(self):\n        raise ValueError('no')\n    __repr__ = __str__\nraise SystemExit(C())",
     status_is(Status.ERROR), {}),
    ("systemexit_huge_code", "raise SystemExit('x' * (4 << 20))",
     both(status_is(Status.ERROR), lambda r: len(r.stderr_bytes) <= 1 << 20), {}),
    ("keyboard_interrupt", "raise KeyboardInterrupt", error_is("KeyboardInterrupt"), {}),
    ("generator_exit", "raise GeneratorExit('g')", error_is("GeneratorExit"), {}),
    ("deep_recursion", "def f(n):\n    return f(n + 1)\nf(0)",
     both(error_is("RecursionError"), lambda r: len(r.error.traceback) < 64 << 10), {}),
    ("recursion_in_getattr", "class A:\n    def __getattr__(self, n):\n        return self.x\nA().y",
     error_is("RecursionError"), {}),
    # Values handed back to the host.
    # CPython prints [1, [...]]; MicroPython's repr has no recursion guard yet: a clear
    # RecursionError (never a crash or a silent wrong value).
    ("value_self_referencing_list", "l = [1]\nl.append(l)\nl",
     lambda r: ok_with(value="[1, [...]]")(r) if r.status == Status.OK else error_is("RecursionError")(r), {}),
    ("value_self_referencing_dict", "d = {}\nd['d'] = d\nd",
     lambda r: ok_with(value="{'d': {...}}")(r) if r.status == Status.OK else error_is("RecursionError")(r), {}),
    ("value_deeply_nested", "a = []\nfor i in range(100000):\n    a = [a]\na", error_is("RecursionError"), {}),
    ("value_repr_huge", "class V:\n    def __repr__(self):\n        return 'v' * (8 << 20)\nV()",
     both(ok_with(), lambda r: r.value_truncated, lambda r: len(r.value.encode()) <= 1 << 20), {}),
    ("value_repr_raises", "class V:\n    def __repr__(self):\n        raise KeyError('r')\nV()",
     error_is("KeyError"), {}),
    ("value_repr_recurses", "class V:\n    def __repr__(self):\n        return repr(self)\nV()",
     error_is("RecursionError"), {}),
    ("value_repr_not_str", "class V:\n    def __repr__(self):\n        return 5\nV()", error_is("TypeError"), {}),
    ("host_call_self_referencing", "l = []\nl.append(l)\necho(l)", error_is("RecursionError", "RuntimeError",
                                                                          "ValueError"), {}),
    ("host_call_self_referencing_dict", "d = {}\nd['k'] = d\necho(k=d)", error_is(
        "RecursionError", "RuntimeError", "ValueError"), {}),
    ("host_call_unencodable", "echo(object())", error_is("TypeError"), {}),
    ("host_call_huge_string", "echo('x' * (8 << 20))", status_is(Status.OK, Status.ERROR), {}),
    # Interpreter state a program may wreck for itself.
    ("stdout_replaced_by_junk", "import sys\nsys.stdout = 42\nprint('x')",
     status_is(Status.OK, Status.ERROR), {}),
    # MicroPython's sys refuses the assignment (AttributeError); CPython takes it.
    ("stderr_replaced_then_raise", "import sys\nsys.stderr = None\nraise ValueError('v')",
     error_is("ValueError", "AttributeError"), {}),
    ("excepthook_junk", "import sys\nsys.excepthook = 5\nraise ValueError('v')",
     both(status_is(Status.ERROR), lambda r: r.error.type == "ValueError"), {}),
    ("excepthook_raises", "import sys\ndef h(*a):\n    raise TypeError('hook')\nsys.excepthook = h\n"
     "raise ValueError('v')", both(status_is(Status.ERROR), lambda r: r.error.type == "ValueError"), {}),
    ("builtins_print_replaced", "import builtins\nold = builtins.print\nbuiltins.print = None\ntry:\n"
     "    print(1)\nfinally:\n    builtins.print = old", error_is("TypeError"), {}),
    ("builtins_deleted", "import builtins\nfor k in dir(builtins):\n    try:\n        delattr(builtins, k)\n"
     "    except Exception:\n        pass\nlen([])", status_is(Status.OK, Status.ERROR), {}),
    ("sys_modules_cleared", "import sys\nsys.modules.clear()\nimport json\njson.dumps([1])",
     ok_with(value="'[1]'"), {}),
    ("gc_disabled_garbage", "import gc\ngc.disable()\nfor i in range(20000):\n    x = bytearray(10000)\nprint('ok')",
     ok_with(stdout="ok\n"), {}),
    ("del_loops_forever", "import gc\nclass D:\n    def __del__(self):\n        while True:\n            pass\n"
     "D()\ngc.collect()", status_is(Status.OK, Status.FUEL_EXHAUSTED, Status.TIMEOUT), {"fuel": 200_000_000}),
    ("del_raises", "import gc\nclass D:\n    def __del__(self):\n        raise ValueError('d')\nfor i in range(10):\n"
     "    D()\ngc.collect()\nprint('after')", ok_with(stdout="after\n"), {}),
    ("del_resurrects", "import gc\nclass D:\n    def __del__(self):\n        global saved\n        saved = self\n"
     "D()\ngc.collect()\ngc.collect()\nprint('after')", ok_with(stdout="after\n"), {}),
    ("sort_mutates_list", "l = list(range(100))\nl.sort(key=lambda x: l.append(x) or x)",
     error_is("ValueError"), {}),
    ("dict_mutated_while_iterating", "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1", error_is("RuntimeError"), {}),
    ("huge_int_str", "str(10 ** 5000)", error_is("ValueError"), {}),
    ("deep_source_nesting", "x = " + "(" * 100000 + "1" + ")" * 100000,
     error_is("SyntaxError", message="too many nested parentheses (<string>, line 1)"), {}),
    ("deep_eval_nesting", "eval('[' * 100000 + ']' * 100000)",
     error_is("SyntaxError", message="too many nested parentheses (<string>, line 1)"), {}),
    ("input_at_eof", "while True:\n    input()", error_is("EOFError"), {}),
    ("lone_surrogate_message", "raise ValueError('\\ud800')",
     both(error_is("ValueError"), lambda r: r.error.message == "\ufffd\ufffd\ufffd"), {}),
    ("memory_error_raised_by_hand", "x = 1\nraise MemoryError('by hand')", error_is("MemoryError"), {}),
]


@pytest.mark.parametrize("name,code,check,opts", GUEST_CASES, ids=[c[0] for c in GUEST_CASES])
def test_guest_case(name, code, check, opts):
    s = session(**opts)
    timeout_ms = opts.get("timeout_ms", 10000)
    start = time.monotonic()
    r = s.exec(code)
    elapsed = time.monotonic() - start
    assert r.status != Status.KILLED, describe(r)
    assert elapsed < timeout_ms / 1000 + 2, "deadline overshoot: %.1f s" % elapsed
    check(r)
    expect_usable(s)
    # And once more: the same hostile program in the used session.
    r = s.exec(code)
    assert r.status != Status.KILLED, describe(r)
    check(r)
    expect_usable(s)
    # The host's memory stayed bounded: sessions here hold at most 64 MiB of guest
    # memory (plus its rollback copies); this process never needs 2 GiB.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 < 2 << 30


def test_finaliser_that_never_ends_does_not_brick_the_session():
    """An object whose __del__ loops forever, collected in a later exec: that exec stops
    by fuel; the ones after it must run (the finaliser is not run again)."""
    s = session(fuel=200_000_000)
    r = s.exec("class D:\n    def __del__(self):\n        while True:\n            pass\nD()")
    assert r.status == Status.OK, describe(r)
    outcomes = []
    for i in range(3):
        r = s.exec("import gc\ngc.collect()\nprint('collected')")
        outcomes.append(r.status)
    assert outcomes[-1] == Status.OK, outcomes
    expect_usable(s)


def test_heap_full_of_held_objects_still_runs_del():
    """A program that fills the heap and keeps it: the next snippets can still free it."""
    s = session(memory=32 << 20)
    r = s.exec("a = []\ntry:\n    while True:\n        a.append('x' * 1000)\nexcept MemoryError:\n    pass")
    assert r.status == Status.OK, describe(r)
    r = s.exec("del a")
    assert r.status == Status.OK, describe(r)
    expect_usable(s)


def test_host_function_reentry_and_interrupt():
    """A host function that uses its own session, interrupts it, or raises oddities."""
    s = session()

    def reenter():
        try:
            s.exec("1")
        except Exception as e:  # the session is busy: a clear error, no deadlock
            return type(e).__name__
        return "ran"

    def interrupt_self():
        s.interrupt()
        return 1

    class Weird(Exception):
        def __str__(self):
            raise RuntimeError("str failed")

    def raise_weird():
        raise Weird()

    def return_cycle():
        l = []
        l.append(l)
        return l

    s.register_function(reenter)
    s.register_function(interrupt_self)
    s.register_function(raise_weird)
    s.register_function(return_cycle)
    r = s.exec("reenter()")
    assert r.status == Status.OK and r.value != "'ran'", describe(r)
    r = s.exec("interrupt_self()\nwhile True:\n    pass")
    assert r.status in (Status.INTERRUPTED, Status.OK), describe(r)
    r = s.exec("raise_weird()")
    assert r.status == Status.ERROR, describe(r)
    r = s.exec("return_cycle()")
    assert r.status == Status.ERROR, describe(r)
    expect_usable(s)


def test_interrupt_storm_from_threads():
    """Many threads interrupting while execs run: every exec ends, the session lives."""
    s = session()
    stop = threading.Event()

    def storm():
        while not stop.is_set():
            s.interrupt()
            time.sleep(0.0005)

    threads = [threading.Thread(target=storm) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        for _ in range(50):
            r = s.exec("x = 0\nfor i in range(100000):\n    x += i")
            assert r.status in (Status.OK, Status.INTERRUPTED), describe(r)
    finally:
        stop.set()
        for t in threads:
            t.join()
    expect_usable(s)


def test_concurrent_exec_on_one_session_is_refused():
    s = session(timeout_ms=3000)
    errors = []

    def other():
        time.sleep(0.2)
        try:
            s.exec("1")
        except Exception as e:
            errors.append(type(e).__name__)

    t = threading.Thread(target=other)
    t.start()
    r = s.exec("import time\ntime.sleep(1)")
    t.join()
    assert r.status == Status.OK, describe(r)
    assert errors and errors[0] != "", errors
    expect_usable(s)


# ---------------------------------------------------------------- the session protocol

def converse(lines, *args, timeout=120):
    data = b"".join((l if isinstance(l, bytes) else l.encode()) + b"\n" for l in lines)
    p = subprocess.run([CLI, "session", *args], input=data, capture_output=True, timeout=timeout)
    return [json.loads(l) for l in p.stdout.decode().splitlines()], p.returncode, p.stderr


def req(i, code, **kw):
    return json.dumps({"id": i, "code": code, **kw})


needs_cli = pytest.mark.skipif(not CLI, reason="MPSANDBOX_CLI not set")

PROTOCOL_CASES = [
    ("op_not_a_string", '{"id": 1, "op": 5}'),
    ("op_null", '{"id": 1, "op": null}'),
    ("op_object", '{"id": 1, "op": {"a": 1}}'),
    ("filename_not_a_string", '{"id": 1, "code": "1", "filename": 5}'),
    ("stdin_not_a_string", '{"id": 1, "code": "1", "stdin": [1]}'),
    ("code_null", '{"id": 1, "code": null}'),
    ("limits_not_an_object", '{"id": 1, "op": "limits", "limits": [1]}'),
    ("limits_wrong_types", '{"id": 1, "op": "limits", "limits": {"fuel": "x", "timeout": [1]}}'),
    ("limits_nan", '{"id": 1, "op": "limits", "limits": {"timeout": NaN}}'),
    ("limits_huge_number", '{"id": 1, "op": "limits", "limits": {"fuel": 1e400}}'),
    ("truncated_json", '{"id": 1, "code": "1'),
    ("trailing_garbage", '{"id": 1, "code": "1"} x'),
    ("two_objects_one_line", '{"id": 1, "code": "1"}{"id": 2, "code": "2"}'),
    ("invalid_utf8_in_string", b'{"id": 1, "code": "\xff\xfe"}'),
    ("lone_surrogate_escape", '{"id": 1, "code": "\\ud800"}'),
    ("nul_in_code", '{"id": 1, "code": "1\\u0000"}'),
    ("nul_in_filename", '{"id": 1, "code": "1", "filename": "a\\u0000b"}'),
    ("deep_nesting", '{"id": ' + "[" * 100000 + "]" * 100000 + ', "code": "1"}'),
    ("deep_nesting_unclosed", "[" * 1000000),
    ("deep_nesting_in_code_string", json.dumps({"id": 1, "code": "[" * 100000})),
    ("huge_id", json.dumps({"id": "i" * (4 << 20), "code": "1"})),
    ("bom_prefix", "\ufeff" + req(1, "1")),
    ("crlf", req(1, "1") + "\r"),
    ("only_whitespace", "   \t  "),
    ("duplicate_keys", '{"id": 1, "code": "1", "code": "2"}'),
]


@needs_cli
@pytest.mark.parametrize("name,line", PROTOCOL_CASES, ids=[c[0] for c in PROTOCOL_CASES])
def test_protocol_hostile_line(name, line):
    out, rc, err = converse([req("a", "keep = 'kept'"), line, req("z", "print(keep)")])
    assert rc == 0, err.decode(errors="replace")[-2000:]
    assert out[0]["status"] == "ok"
    last = out[-1]
    assert last["id"] == "z" and last["status"] == "ok" and last["stdout"] == "kept\n", last
    for r in out[1:-1]:
        # Each hostile line is answered: a result or a clear error, never silence.
        assert "status" in r or (r.get("ok") is False and r["error"]["type"] in
                                 ("ProtocolError", "SessionError")), r


@needs_cli
def test_protocol_huge_line_is_refused_with_bounded_memory():
    """A 200 MB line is refused (it can hold no program within max_source) without
    being held whole: the process's peak memory stays far below the line's size."""
    big = json.dumps({"id": 1, "code": "x = '" + "a" * (200 << 20) + "'"})
    script = ("import resource, subprocess, sys\n"
              "p = subprocess.run([sys.argv[1], 'session'], stdin=sys.stdin, capture_output=True)\n"
              "sys.stdout.write(p.stdout.decode())\n"
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
              "sys.exit(p.returncode)\n")
    p = subprocess.run(["/usr/bin/python3", "-c", script, CLI],
                       input=(big + "\n" + req(2, "1 + 1") + "\n").encode(), capture_output=True, timeout=120)
    lines = p.stdout.decode().splitlines()
    assert p.returncode == 0, p.stderr[-2000:]
    peak_kib = int(lines[-1])
    out = [json.loads(l) for l in lines[:-1]]
    assert out[0]["ok"] is False and out[0]["error"]["type"] == "ProtocolError", out[0]
    assert out[1]["id"] == 2 and out[1]["value"] == "2"
    assert peak_kib < 150 << 10, "peak %d KiB" % peak_kib


@needs_cli
def test_protocol_pipelined_requests_answer_in_order():
    """Many requests written at once (as concurrent clients sharing a pipe would): one
    answer each, in order, with state carried through."""
    lines = [req(i, "n = %d\nn" % i) for i in range(2000)]
    lines.insert(1000, '{"id": "bad", "op": 7}')
    out, rc, err = converse(lines)
    assert rc == 0, err[-2000:]
    assert len(out) == 2001
    ids = [r["id"] for r in out if "status" in r]
    assert ids == list(range(2000))
    assert out[-1]["value"] == "1999"


@needs_cli
def test_protocol_binary_garbage():
    garbage = bytes(range(256)) * 64
    out, rc, err = converse([garbage, b"\x00" * 1000, req(1, "1 + 1")])
    assert rc == 0, err[-2000:]
    assert out[-1]["id"] == 1 and out[-1]["value"] == "2"
