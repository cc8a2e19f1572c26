"""The Python package's own API: values in and out, keyword constructors, reprs and
equality, the exception hierarchy, close/reset, stubs and asyncio. Against the real
engine, with CPython's json as the reference for JSON text."""
import asyncio
import json
import pathlib
import threading
import time

import pytest

import mpsandbox
from mpsandbox import (
    ExecResult, GuestError, InvalidArgument, InvalidLimits, Limits, MountKind, OutputOverflow,
    Policy, SandboxError, Session, SessionBusy, SessionClosed, SnapshotRejected, Status,
)


@pytest.fixture
def s():
    with Session() as session:
        yield session


def test_inputs_are_bound_as_globals(s):
    data = {"rows": [{"n": 1, "name": "é"}, {"n": 2, "name": "x"}], "scale": 1.5, "flag": True, "none": None,
            "big": 2 ** 100}
    r = s.exec("total = sum(r['n'] for r in rows) * scale\n[total, flag, none, big, rows[0]['name']]", inputs=data)
    assert r.ok, r.error
    assert json.loads(r.value_json) == [4.5, True, None, 2 ** 100, "é"]
    assert s.exec("total").value == "4.5"  # globals stay, as any others


def test_inputs_refused_with_clear_errors(s):
    with pytest.raises(InvalidArgument, match='key "my-var" is not a Python identifier') as e:
        s.exec("1", inputs={"my-var": 1})
    assert isinstance(e.value, ValueError) and e.value.code == "invalid_argument"
    with pytest.raises(InvalidArgument, match='key "def" is a Python keyword'):
        s.exec("1", inputs={"def": 1})
    with pytest.raises(TypeError, match="inputs must be JSON-compatible"):
        s.exec("1", inputs={"a": object()})
    with pytest.raises(TypeError, match="inputs must be JSON-compatible"):
        s.exec("1", inputs={"a": float("nan")})
    with pytest.raises(TypeError, match="inputs must be a dict"):
        s.exec("1", inputs=[1, 2])
    deep = []
    for _ in range(300):
        deep = [deep]
    with pytest.raises(InvalidArgument, match="nested deeper than 256 levels"):
        s.exec("1", inputs={"a": deep})
    with pytest.raises(InvalidArgument, match="not valid JSON"):
        s.exec("1", inputs={"a": "\ud800"})  # a lone surrogate is no UTF-8
    assert s.exec("1 + 1").value == "2"  # the session goes on


@pytest.mark.parametrize("expr", [
    "1", "-7", "2 ** 70", "1.5", "0.1 + 0.2", "1e300", "'h\u00e9llo \\n \"q\" \\t \\x01'", "True", "[1, (2, 3)]",
    "{'a': {'b': [None, False]}}", "''", "[]", "{}",
])
def test_value_json_matches_cpython_json(s, expr):
    r = s.exec(expr)
    assert r.value_json == json.dumps(eval(expr), ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("expr", ["float('inf')", "float('nan')", "{1: 2}", "{1, 2}", "b'x'", "object()", "None"])
def test_value_json_absent_when_not_json(s, expr):
    r = s.exec(expr)
    assert r.ok and r.value_json is None


def test_call_with_args_and_kwargs(s):
    s.exec("def score(text, *, weight=1):\n    print('scoring')\n    return {'len': len(text) * weight}\n"
           "class Model:\n    def predict(self, xs): return [x * 2 for x in xs]\nmodel = Model()")
    r = s.call("score", "héllo", weight=3)
    assert r.ok and r.stdout == "scoring\n"
    assert json.loads(r.value_json) == {"len": 15}
    assert s.call("model.predict", [1, 2]).value == "[2, 4]"
    assert s.call("len", "abc").value_json == "3"
    err = s.call("score")
    assert err.status == Status.ERROR and err.error.type == "TypeError"
    with pytest.raises(InvalidArgument, match="is not a name or a dotted path"):
        s.call("score()")
    with pytest.raises(TypeError, match="call arguments must be JSON-compatible"):
        s.call("score", {1, 2})


def test_keyword_constructors_reprs_and_equality(tmp_path):
    p = Policy(deterministic=True, seed=7, output_overflow=OutputOverflow.STOP, max_open_files=8)
    p.mount_readonly(tmp_path, "/data").mount_scratch("/tmp", max_bytes=1024)
    assert repr(p) == (
        "Policy(output_overflow=OutputOverflow.STOP, deterministic=True, seed=7, max_open_files=8, mounts=["
        f"Mount(kind=MountKind.READ_ONLY, guest_path='/data', host_path={str(tmp_path)!r}), "
        "Mount(kind=MountKind.SCRATCH, guest_path='/tmp', max_bytes=1024, max_files=1024)])")
    q = Policy(deterministic=True, seed=7, output_overflow=OutputOverflow.STOP, max_open_files=8)
    assert p != q
    q.mount_readonly(str(tmp_path), "/data").mount_scratch("/tmp", max_bytes=1024)
    assert p == q and p.mounts[0] == q.mounts[0] and p.mounts[0].kind == MountKind.READ_ONLY
    assert Policy() == Policy() and Policy() != Policy(seed=1)
    with pytest.raises(TypeError):
        Policy(sead=1)
    with pytest.raises(TypeError):
        hash(Policy())
    assert Limits(fuel=10) == Limits(fuel=10) != Limits()
    with Session(Limits(fuel=10 ** 9), Policy(deterministic=True)) as s:
        assert s.policy == Policy(deterministic=True) and s.limits == Limits(fuel=10 ** 9)
        r = s.exec("print('a')\n1/0")
        assert repr(r) == "ExecResult(status=Status.ERROR, error='ZeroDivisionError: division by zero', stdout='a\\n')"
        assert repr(r.error) == "GuestError(type='ZeroDivisionError', message='division by zero', line=2)"
        with Session(Limits(fuel=10 ** 9), Policy(deterministic=True)) as t:
            r2 = t.exec("print('a')\n1/0")
            assert r2 == r and r2.error == r.error  # what the guest produced, not how long it took
            assert t.exec("2") != r


def test_status_names():
    assert Status.FUEL_EXHAUSTED.name == "FUEL_EXHAUSTED" and str(Status.FUEL_EXHAUSTED) == "fuel_exhausted"
    assert Status(0) == Status.OK and int(Status.ERROR) == 1 and repr(Status.OK) == "<Status.OK: 0>"


def test_exception_hierarchy():
    for cls in (InvalidArgument, InvalidLimits, SessionBusy, SessionClosed, SnapshotRejected):
        assert issubclass(cls, SandboxError)
    assert issubclass(InvalidLimits, InvalidArgument) and issubclass(InvalidLimits, ValueError)
    assert issubclass(SnapshotRejected, ValueError)
    with pytest.raises(InvalidLimits, match="fuel must be between 1") as e:
        Session(Limits(fuel=0))
    assert e.value.code == "invalid_argument"
    with pytest.raises(InvalidLimits, match="memory_bytes must be between"):
        Session(Limits(memory_bytes=mpsandbox.MAX_MEMORY_BYTES + 1))
    with pytest.raises(SnapshotRejected):
        Session.restore(b"not a snapshot")
    with pytest.raises(InvalidArgument, match="invalid policy") as bad_policy:
        Session(policy=Policy().mount_readonly("/nonexistent/dir"))
    assert not isinstance(bad_policy.value, InvalidLimits)
    with Session() as s:
        with pytest.raises(InvalidLimits, match="fixed when a session is created"):
            s.set_limits(Limits(heap_bytes=2 << 20))
        with pytest.raises(InvalidArgument, match="pass one"):
            s.register_function(lambda: 1)
        s.register_function(lambda: time.sleep(0.3), name="nap")
        t = threading.Thread(target=s.exec, args=("nap()",))
        t.start()
        time.sleep(0.1)
        with pytest.raises(SessionBusy) as busy:
            s.exec("1")
        assert busy.value.code == "busy"
        t.join()


def test_close_and_reset_refused_while_another_thread_runs():
    s = Session()
    s.register_function(lambda: time.sleep(0.4), name="nap")
    t = threading.Thread(target=s.exec, args=("nap()",))
    t.start()
    time.sleep(0.1)
    with pytest.raises(SessionBusy):
        s.close()
    with pytest.raises(SessionBusy):
        s.reset()
    with pytest.raises(SessionBusy):
        s.__exit__(None, None, None)
    s.interrupt()  # allowed: it stops the exec
    t.join()
    assert not s.closed and s.exec("1 + 1").value == "2"
    s.close()


def test_limit_constants_come_from_the_engine():
    assert mpsandbox.MAX_FUEL == 1 << 62
    with pytest.raises(InvalidLimits):
        Session(Limits(fuel=mpsandbox.MAX_FUEL + 1))
    with Session(Limits(fuel=mpsandbox.MAX_FUEL, timeout_ms=mpsandbox.MAX_TIMEOUT_MS)) as s:
        assert s.exec("1").ok
    with pytest.raises(InvalidLimits):
        Session(Limits(timeout_ms=mpsandbox.MAX_TIMEOUT_MS + 1))
    with pytest.raises(InvalidLimits):
        Session(Limits(heap_bytes=mpsandbox.MIN_HEAP_BYTES - 1))


def test_close_context_manager_set_limits_reset_needs_more_input():
    s = Session()
    s.register_function(lambda x: x + 1, name="inc")
    s.exec("x = 1")
    s.set_limits(Limits(fuel=100000))
    assert s.exec("while True: pass").status == Status.FUEL_EXHAUSTED
    assert s.needs_more_input("def f():") and not s.needs_more_input("x = 1")
    s.reset()
    assert s.exec("'x' in globals()").value == "False"
    assert s.exec("inc(1)").value == "2"  # host functions stay
    assert s.limits.fuel == 100000  # and the limits
    s.close()
    s.close()  # idempotent
    assert s.closed
    with pytest.raises(SessionClosed, match="the session is closed"):
        s.exec("1")
    with pytest.raises(SessionClosed):
        s.call("f")
    with pytest.raises(SessionClosed):
        s.reset()
    with Session() as t:
        assert not t.closed
    assert t.closed
    assert mpsandbox.run("x * 2", inputs={"x": 21}).value == "42"


def test_exec_async_and_async_host_functions():
    async def lookup(key):
        await asyncio.sleep(0.01)
        return {"key": key, "loop": id(asyncio.get_running_loop())}

    async def cancelled_within_a_second(coroutine):
        task = asyncio.ensure_future(coroutine)
        await asyncio.sleep(0.05)
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - started < 1

    async def main():
        with Session() as s:
            s.register_function(lookup)
            r = await s.exec_async("lookup('a')")
            assert json.loads(r.value_json) == {"key": "a", "loop": id(asyncio.get_running_loop())}
            # Several sessions at once on one loop.
            others = [Session() for _ in range(3)]
            results = await asyncio.gather(*(o.exec_async(f"sum(range({n}))") for n, o in enumerate(others)))
            assert [x.value for x in results] == ["0", "0", "1"]
            for o in others:
                o.close()
            assert (await s.call_async("len", [1, 2])).value == "2"
            # Cancelling interrupts the guest; the session is free and unchanged after.
            s.exec("n = 0")
            await cancelled_within_a_second(s.exec_async("n = 1\nwhile True: pass"))
            assert s.exec("n").value == "0"
            # Cancelling while the guest waits for an async host function cancels it too.
            s.register_function(lambda: asyncio.sleep(30), name="forever")
            await cancelled_within_a_second(s.exec_async("forever()"))
            assert s.exec("1 + 1").value == "2"

    asyncio.run(main())
    # A plain exec runs an async host function to completion on a loop of its own.
    with Session() as s:
        s.register_function(lookup)
        assert json.loads(s.exec("lookup('b')['key']").value_json) == "b"


def test_stubs_cover_the_public_names():
    pkg = pathlib.Path(mpsandbox.__file__).parent
    assert (pkg / "py.typed").exists()
    stub = (pkg / "__init__.pyi").read_text()
    for name in mpsandbox.__all__:
        assert f"{name}" in stub, name
    for cls in (Session, ExecResult, GuestError, Limits, Policy):
        for attr in dir(cls):
            if not attr.startswith("_"):
                assert f" {attr}" in stub, f"{cls.__name__}.{attr}"
                assert getattr(cls, attr).__doc__ is not None or not callable(getattr(cls, attr)), attr


def test_every_public_name_has_a_docstring():
    for name in mpsandbox.__all__:
        obj = getattr(mpsandbox, name)
        if callable(obj):
            assert obj.__doc__, name
