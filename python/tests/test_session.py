"""The Python package, against the real sandbox (Debian's python3 and pytest)."""
import threading
import time

import pytest

import mpsandbox
from mpsandbox import Limits, Policy, SandboxError, Session, Status


def test_state_value_and_streams():
    s = Session()
    assert s.exec("x = 6 * 7").status == Status.OK
    r = s.exec("import sys\nprint('out')\nsys.stderr.write('err')\nx")
    assert (r.stdout, r.stderr, r.value, r.ok) == ("out\n", "err", "42", True)
    assert r.fuel_used > 0 and r.memory_peak_bytes > 0 and r.wall_time_us >= 0
    assert s.exec("'caf\u00e9 \U0001F40D'").value == "'caf\u00e9 \U0001F40D'"  # as CPython's repr


def test_bytes_are_exact_and_text_is_safe():
    r = mpsandbox.run("import sys\nsys.stdout.buffer.write(b'\\xff\\xfeok')")
    assert r.stdout_bytes == b"\xff\xfeok"
    assert r.stdout == "\ufffd\ufffdok"


def test_guest_exception():
    r = mpsandbox.run("def f():\n    return 1 // 0\nf()")
    assert r.status == Status.ERROR and not r.ok
    assert r.error.type == "ZeroDivisionError" and r.error.line == 2
    assert "line 3, in <module>" in r.error.traceback


def test_stdin():
    r = mpsandbox.run("input() + '|' + input()", stdin="a\nb\n")
    assert r.value == "'a|b'"


def test_invalid_limits_raise_value_error():
    lim = Limits()
    lim.fuel = 0
    with pytest.raises(ValueError, match="fuel"):
        Session(lim)
    with pytest.raises(ValueError, match="fuel must not be negative"):
        Limits().fuel = -1


def test_limits_refuse_values_they_cannot_hold():
    """Issue 15: no limit is rounded, wrapped or read as "none"; the error names it."""
    lim = Limits()
    for value in (1e-7, 0.5, float("nan"), float("inf"), "5", None, True):
        with pytest.raises(TypeError, match="timeout_ms must be an int"):
            lim.timeout_ms = value
    for value in (-1, 2 ** 64, 10 ** 30):
        with pytest.raises(ValueError, match="timeout_ms"):
            lim.timeout_ms = value
    assert lim.timeout_ms == 10_000  # unchanged by the refused values
    lim.timeout_ms = 2 ** 64 - 1     # fits, but no session can keep it
    with pytest.raises(ValueError, match="timeout_ms must be at most"):
        Session(lim)
    for field in ("max_output_bytes", "max_host_result_bytes", "max_source_bytes"):
        for value in (0, 2 ** 31):
            lim = Limits()
            setattr(lim, field, value)
            with pytest.raises(ValueError, match=field):
                Session(lim)


def test_error_fields_are_capped_and_valid_text():
    """Issue 15: with max_output_bytes 100 no field is longer; invalid UTF-8 (a lone
    surrogate in the guest's str) reads as U+FFFD instead of raising UnicodeDecodeError."""
    lim = Limits()
    lim.max_output_bytes = 100
    s = Session(lim)
    r = s.exec("E = type('" + "E" * 200 + "', (Exception,), {})\n"
               "def f(n):\n    if n == 0: raise E('m' * 1000000)\n    f(n - 1)\nf(300)")
    assert r.status == Status.ERROR and r.error_truncated
    for text in (r.error.type, r.error.message, r.error.traceback):
        assert len(text.encode()) <= 100
    assert r.error.type == "E" * 100 and r.error.message == "m" * 100
    r = s.exec("raise ValueError('bad ' + chr(0xd800) + ' text')")
    assert r.status == Status.ERROR
    assert r.error.message == "bad \ufffd\ufffd\ufffd text"
    assert r.error.traceback.endswith("ValueError: bad \ufffd\ufffd\ufffd text\n")
    r = s.exec("raise ValueError('\u00e9' * 60)")  # 120 bytes: cut at a character boundary
    assert r.error_truncated and r.error.message == "\u00e9" * 50
    assert s.exec("1 + 1").value == "2"


def test_limits_stop_and_roll_back():
    lim = Limits()
    lim.fuel = 1_000_000
    s = Session(lim)
    s.exec("n = 1")
    r = s.exec("n = 2\nwhile True: pass")
    assert r.status == Status.FUEL_EXHAUSTED and r.error.type == "FuelExhausted"
    assert s.exec("n").value == "1"
    lim2 = Limits()
    lim2.timeout_ms = 50
    assert mpsandbox.run("while True: pass", limits=lim2).status == Status.TIMEOUT


def test_rollback_bytes_stops_a_large_rewrite_and_rolls_it_back():
    """Issue 15 point 4: an exec that would change more of its memory than rollback_bytes
    is stopped before the write and undone; within it, nothing changes."""
    assert Limits().rollback_bytes == 128 << 20
    lim = Limits()
    lim.memory_bytes = 96 << 20
    lim.rollback_bytes = 8 << 20
    s = Session(lim)
    assert s.exec("data = bytearray(32 << 20)").ok
    r = s.exec("marker = 1\nfor i in range(0, len(data), 4096): data[i] = 1")
    assert r.status == Status.ERROR and r.error.type == "MemoryError"
    assert "rollback_bytes (8388608 bytes)" in r.error.message
    assert s.exec("('marker' in globals(), sum(data[::4096]))").value == "(False, 0)"
    assert s.exec("data[0] = 5\ndata[0]").value == "5"
    lim.rollback_bytes = 64 << 20  # a limit above what the exec changes: no effect
    s = Session(lim)
    assert s.exec("data = bytearray(32 << 20)").ok
    r = s.exec("for i in range(0, len(data), 4096): data[i] = 1\nsum(data[::4096])")
    assert r.ok and r.value == "8192"


def test_rollback_bytes_is_validated():
    for value in (0, 4096, (1 << 20) - 1, (1 << 32) + 1):
        lim = Limits()
        lim.rollback_bytes = value
        with pytest.raises(ValueError, match="rollback_bytes"):
            Session(lim)
    with pytest.raises(ValueError, match="rollback_bytes must not be negative"):
        Limits().rollback_bytes = -1
    with pytest.raises(TypeError, match="rollback_bytes must be an int"):
        Limits().rollback_bytes = 1.5
    lim = Limits()
    lim.rollback_bytes = 1 << 20
    assert Session(lim).exec("len([i for i in range(1000)])").value == "1000"


def test_host_functions():
    s = Session()
    calls = []

    def lookup(key, default=None):
        calls.append(key)
        return {"key": key, "found": key == "a", "default": default, "big": 2 ** 80}

    s.register_function(lookup)
    s.register_function(lambda *xs: sum(xs), name="total")
    r = s.exec("r = lookup('a', default=[1, 2.5, None])\n"
               "(r['big'] == 2 ** 80, r['found'], r['key'], r['default'])")
    assert r.value == "(True, True, 'a', [1, 2.5, None])"
    assert s.exec("total(1, 2, 3)").value == "6"
    assert calls[0] == "a"


def test_host_function_errors():
    s = Session()

    def bad_key():
        raise KeyError("missing")

    def unserializable():
        return object()

    s.register_function(bad_key)
    s.register_function(unserializable)
    r = s.exec("bad_key()")
    assert r.error.type == "KeyError" and r.error.message == "'missing'"  # as CPython's str(KeyError('missing'))
    assert r.error.traceback.endswith("KeyError: 'missing'\n")
    r = s.exec("unserializable()")
    assert r.error.type == "TypeError"
    r = s.exec("try:\n    bad_key()\nexcept KeyError:\n    print('caught')")
    assert r.stdout == "caught\n"
    with pytest.raises(ValueError, match="pass one"):
        s.register_function(lambda x: x)
    with pytest.raises(ValueError, match="invalid host function name"):
        s.register_function(lambda: 0, name="not valid")


def test_gil_is_released_while_the_guest_runs():
    lim = Limits()
    lim.timeout_ms = 300
    s = Session(lim)
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.005)

    t = threading.Thread(target=ticker)
    t.start()
    r = s.exec("while True: pass")
    stop.set()
    t.join()
    assert r.status == Status.TIMEOUT
    assert len(ticks) > 10  # the other thread ran during the exec


def test_interrupt_from_another_thread():
    s = Session()
    threading.Timer(0.05, s.interrupt).start()
    assert s.exec("while True: pass").status == Status.INTERRUPTED


def test_concurrent_use_is_a_clear_error():
    lim = Limits()
    lim.timeout_ms = 300
    s = Session(lim)
    errors = []

    def second():
        time.sleep(0.05)
        try:
            s.exec("1")
        except SandboxError as e:
            errors.append(str(e))

    t = threading.Thread(target=second)
    t.start()
    s.exec("while True: pass")
    t.join()
    assert errors and "already executing" in errors[0]


def test_deterministic_policy():
    p = Policy()
    p.deterministic = True
    p.seed = 9
    code = "import time, random\n(time.time_ns(), random.getrandbits(30))"
    assert mpsandbox.run(code, policy=p).value == mpsandbox.run(code, policy=p).value


def test_versions():
    assert mpsandbox.__version__ and mpsandbox.micropython_version.startswith("1.25")


def test_big_ints_cross_exactly_up_to_4300_digits():
    """Issue 15: big ints past a double's range could not cross (the host's JSON check
    refused them); they cross exactly both ways up to the guest's 4300-digit limit."""
    s = Session()
    s.register_function(lambda x: [x, -x], name="echo")
    assert s.exec("x = 10 ** 4300 - 1\ny = echo(x)\n(y[0] == x, y[1] == -x)").value == "(True, True)"
    r = s.exec("echo(10 ** 4300)")
    assert r.status == Status.ERROR and r.error.type == "ValueError"


def test_sandbox_error_carries_the_failure_code():
    # An exec whose filename the API refuses is a SandboxError with code
    # "invalid_argument"; a bad limit is a ValueError.
    s = Session()
    with pytest.raises(SandboxError) as e:
        s.exec("1", filename="a\0b")
    assert e.value.code == "invalid_argument"
    assert "filename" in str(e.value)
    assert s.exec("1 + 1").value == "2"


def test_interrupt_before_the_exec_starts_is_not_lost():
    s = Session()
    h = s.interrupt_handle()
    exec_id = s.next_exec_id
    assert exec_id == 1
    assert h.interrupt(exec_id)
    r = s.exec("x = 1\nprint('ran')")
    assert r.status == Status.INTERRUPTED and r.stdout == ""
    assert s.exec("'x' in globals()").value == "False"
    assert not h.interrupt(s.next_exec_id + 1)
    # from another thread, racing the start
    for _ in range(10):
        exec_id = s.next_exec_id
        t = threading.Thread(target=h.interrupt, args=(exec_id,))
        t.start()
        r = s.exec("while True:\n    pass")
        t.join()
        assert r.status == Status.INTERRUPTED
        assert s.exec("1").status == Status.OK


def test_an_engine_of_its_own():
    from mpsandbox import Engine
    lim = Limits()
    lim.fuel = 3_000_000
    pol = Policy()
    pol.deterministic = True
    e = Engine(default_limits=lim, default_policy=pol, template_pool_size=0)
    assert e.default_limits.fuel == 3_000_000 and e.default_policy.deterministic
    s = Session(engine=e)
    assert s.limits.fuel == 3_000_000
    assert s.exec("while True: pass").status == Status.FUEL_EXHAUSTED
    assert Session(engine=Engine(session_templates=False)).exec("6 * 7").value == "42"
    with pytest.raises(ValueError, match="max_templates"):
        Engine(max_templates=100)
    with pytest.raises(ValueError, match="snapshot_key"):
        Engine(snapshot_key=b"k" * 65)


def test_on_output_streams_as_written():
    s = mpsandbox.Session()
    seen = []
    r = s.exec("import sys, time\nprint('a')\nprint('b', file=sys.stderr)\ntime.sleep(0.2)\nprint('é', end='')",
               on_output=lambda stream, data: seen.append((stream, data, time.monotonic())))
    end = time.monotonic()
    assert [(st, d) for st, d, _ in seen] == [(1, b"a\n"), (2, b"b\n"), (1, "é".encode())]
    assert end - seen[0][2] >= 0.2
    assert r.stdout == "a\né"


def test_on_output_that_raises():
    s = mpsandbox.Session()
    calls = []

    def consumer(stream, data):
        calls.append(data)
        raise KeyError("gone")

    with pytest.raises(KeyError):
        s.exec("x = 1\nfor i in range(3):\n    print(i)", on_output=consumer)
    assert calls == [b"0\n"]
    assert s.exec("x").value == "1"  # the exec ran to its end


def test_limits_by_keyword_with_repr_and_equality():
    limits = Limits(fuel=1000, timeout_ms=50)
    assert (limits.fuel, limits.timeout_ms) == (1000, 50)
    assert limits.memory_bytes == Limits().memory_bytes  # the rest are the defaults
    assert limits == Limits(timeout_ms=50, fuel=1000) and limits != Limits()
    assert repr(limits).startswith("Limits(fuel=1000, timeout_ms=50, memory_bytes=")
    with pytest.raises(TypeError, match="unexpected keyword argument 'fule'"):
        Limits(fule=3)
    with pytest.raises(ValueError, match="fuel must not be negative"):
        Limits(fuel=-1)
    with pytest.raises(TypeError):
        Limits(timeout_ms=True)
    with pytest.raises(TypeError):
        hash(limits)
    assert Session(Limits(timeout_ms=100)).exec("while True: pass").status == Status.TIMEOUT
