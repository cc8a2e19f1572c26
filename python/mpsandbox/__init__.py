"""mpsandbox: run untrusted Python code in a MicroPython WebAssembly sandbox.

    from mpsandbox import Session
    s = Session()
    r = s.exec("x = 6 * 7\\nx")
    r.value            # '42'
"""
from ._mpsandbox import (  # noqa: F401
    ExecResult,
    Engine,
    GuestError,
    InterruptHandle,
    Limits,
    OutputOverflow,
    Policy,
    SandboxError,
    Session,
    Status,
    __version__,
    micropython_version,
)


def run(code, *, limits=None, policy=None, stdin=""):
    """Runs `code` in a fresh session and returns its ExecResult."""
    return Session(limits, policy).exec(code, stdin=stdin)
