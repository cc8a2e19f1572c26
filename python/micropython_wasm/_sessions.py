"""MicroPythonSession and MicroPythonReplaySession over one persistent mpsandbox session."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Mapping, Optional

from ._core import (DEFAULT_FUEL, DEFAULT_HOST_RESULT_BYTES, DEFAULT_MEMORY_BYTES, Sandbox,
                    default_wasm_path, new_sandbox, validate)
from ._types import MicroPythonSessionClosed, RunResult


def _function_name(func: Callable[..., object], name: Optional[str]) -> str:
    if not callable(func):
        raise TypeError("register_function() expected a callable")
    name = name or getattr(func, "__name__", "")
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"host function name is not a valid Python identifier: {name!r}")
    return name


class _SessionBase:
    """Shared by both session classes: options, host functions, closing, `with`."""

    _kind = "session"

    def __init__(self, wasm_path, memory_bytes, fuel, wall_timeout_seconds, readonly_dir,
                 host_functions, host_result_bytes) -> None:
        self._options = validate(wasm_path, memory_bytes, fuel, wall_timeout_seconds,
                                 readonly_dir, host_result_bytes)
        self.wasm_path = Path(wasm_path) if wasm_path is not None else default_wasm_path()
        self.memory_bytes = memory_bytes
        self.fuel = fuel
        self.wall_timeout_seconds = wall_timeout_seconds
        self.readonly_dir = readonly_dir
        self.host_result_bytes = host_result_bytes
        self._functions: dict[str, Callable[..., object]] = {}
        self._lock = threading.RLock()  # one run at a time, as in the original
        self._closed = False
        for name, func in (host_functions or {}).items():
            _function_name(func, name)
            self._functions[name] = func
        self._sandbox: Optional[Sandbox] = new_sandbox(self._options, self._functions)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def host_functions(self) -> Mapping[str, Callable[..., object]]:
        """A copy of the registered host functions, by guest name."""
        with self._lock:
            return dict(self._functions)

    def register_function(self, func: Callable[..., object], *, name: Optional[str] = None) -> None:
        """Exposes `func` to guest code as `name` (default: func.__name__)."""
        self._check_open()
        name = _function_name(func, name)
        with self._lock:
            self._check_open()
            self._sandbox.register({name: func})
            self._functions[name] = func

    def close(self) -> None:
        """Ends the session (waits for a run in progress); later runs raise. Idempotent."""
        with self._lock:
            self._closed = True
            self._sandbox = None

    def _check_open(self) -> None:
        if self._closed:
            raise MicroPythonSessionClosed(f"{type(self).__name__} is closed")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        self.close()


class MicroPythonSession(_SessionBase):
    """A persistent MicroPython interpreter: globals, imports, functions and objects stay
    resident between run() calls.

    Unlike the original (a VM on a background thread that a trap kills), this is one
    mpsandbox session: a fuel, timeout or trap stop rolls the session back to its state
    before that run and it goes on; sys.exit() ends only the run; nothing runs on a thread.
    """

    def __init__(self, wasm_path: str | Path | None = None, *,
                 memory_bytes: int = DEFAULT_MEMORY_BYTES, fuel: int = DEFAULT_FUEL,
                 wall_timeout_seconds: Optional[float] = None,
                 readonly_dir: str | Path | None = None,
                 host_functions: Mapping[str, Callable[..., object]] | None = None,
                 host_result_bytes: int = DEFAULT_HOST_RESULT_BYTES) -> None:
        super().__init__(wasm_path, memory_bytes, fuel, wall_timeout_seconds, readonly_dir,
                         host_functions, host_result_bytes)

    def run(self, code: str) -> RunResult:
        """Runs `code` in the resident interpreter; raises MicroPythonWasmError on failure
        (a guest exception keeps what the code did before it, as in a REPL)."""
        self._check_open()
        with self._lock:
            self._check_open()
            return self._sandbox.run(code, one_shot=False)


class MicroPythonReplaySession(_SessionBase):
    """The original's transcript-backed session, backed here by a real persistent session.

    State is that of the successful snippets only, as in the original: a snippet that
    fails leaves no trace. The original rebuilds its interpreter by replaying the
    successful snippets; here the failed snippet is rolled back instead (mpsandbox's
    rollback_on_error), so no snippet ever runs twice and its side effects (host calls,
    time, randomness) happen once.
    """

    def __init__(self, wasm_path: str | Path | None = None, *,
                 memory_bytes: int = DEFAULT_MEMORY_BYTES, fuel: int = DEFAULT_FUEL,
                 wall_timeout_seconds: Optional[float] = 1.0,
                 readonly_dir: str | Path | None = None,
                 host_functions: Mapping[str, Callable[..., object]] | None = None,
                 host_result_bytes: int = DEFAULT_HOST_RESULT_BYTES) -> None:
        self._snippets: list[str] = []
        super().__init__(wasm_path, memory_bytes, fuel, wall_timeout_seconds, readonly_dir,
                         host_functions, host_result_bytes)

    @property
    def snippets(self) -> tuple[str, ...]:
        """The successful snippets, oldest first."""
        return tuple(self._snippets)

    def run(self, code: str) -> RunResult:
        self._check_open()
        with self._lock:
            self._check_open()
            result = self._sandbox.run(code, one_shot=True, rollback_on_error=True)
            self._snippets.append(code)
            return result

    def close(self) -> None:
        """Clears the transcript and rejects further runs."""
        with self._lock:
            self._snippets.clear()
            super().close()
