"""mpsandbox: run untrusted Python code in a MicroPython WebAssembly sandbox.

    from mpsandbox import Session
    with Session() as s:
        r = s.exec("x = 6 * 7\\nx")
        r.value                            # '42'
        s.exec("total = sum(rows)", inputs={"rows": [1, 2, 3]})
        s.exec("def f(a, b): return {'sum': a + b}")
        s.call("f", 1, 2).value_json       # '{"sum":3}'

docs/PYTHON.md is the reference.
"""
from ._mpsandbox import (  # noqa: F401
    GUEST_OVERHEAD_BYTES,
    MAX_BUFFER_BYTES,
    MAX_FUEL,
    MAX_JSON_NESTING,
    MAX_MEMORY_BYTES,
    MAX_ROLLBACK_BYTES,
    MAX_TIMEOUT_MS,
    MIN_HEAP_BYTES,
    MIN_ROLLBACK_BYTES,
    Engine,
    ExecResult,
    GuestError,
    InterruptHandle,
    InvalidArgument,
    InvalidLimits,
    Limits,
    Mount,
    MountKind,
    OutputOverflow,
    Policy,
    SandboxError,
    Session,
    SessionBusy,
    SessionClosed,
    SnapshotRejected,
    Status,
    __version__,
    micropython_version,
)



# asyncio is imported on first use: it is most of the time `import mpsandbox` would take.
async def _exec_async(self, code, filename="<string>", stdin="", **options):
    from . import _aio
    return await _aio.exec_async(self, code, filename, stdin, **options)


async def _call_async(self, function, /, *args, **kwargs):
    from . import _aio
    return await _aio.call_async(self, function, *args, **kwargs)


_exec_async.__doc__ = """Session.exec on a worker thread, awaitable; cancelling the task interrupts the guest
(it is rolled back) and cancels a host coroutine it waits for (docs/PYTHON.md)."""
_call_async.__doc__ = """Session.call on a worker thread, awaitable and cancellable as exec_async."""
Session.exec_async = _exec_async
Session.call_async = _call_async

__all__ = [
    "Engine", "ExecResult", "GuestError", "InterruptHandle", "InvalidArgument", "InvalidLimits",
    "Limits", "Mount", "MountKind", "OutputOverflow", "Policy", "SandboxError", "Session",
    "SessionBusy", "SessionClosed", "SnapshotRejected", "Status", "run", "micropython_version",
    "MAX_MEMORY_BYTES", "MIN_HEAP_BYTES", "GUEST_OVERHEAD_BYTES", "MAX_FUEL", "MAX_TIMEOUT_MS",
    "MAX_BUFFER_BYTES", "MIN_ROLLBACK_BYTES", "MAX_ROLLBACK_BYTES", "MAX_JSON_NESTING",
]


def run(code, *, limits=None, policy=None, stdin="", inputs=None):
    """Runs `code` in a fresh session and returns its ExecResult (the session is closed)."""
    with Session(limits, policy) as s:
        return s.exec(code, stdin=stdin, inputs=inputs)
