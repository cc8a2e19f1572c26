#!/usr/bin/env python3
"""The CPU suite of bench/programs: each program under each interpreter, timed and compared.

    bench/programs/run.py [--size N] [--repeat R] [--check-only] [--program NAME ...]
                          [--timeout S] [--json OUT.json] NAME=COMMAND [NAME=COMMAND ...]

Each NAME=COMMAND is an interpreter: COMMAND is split as a shell would split it, and a
program runs as COMMAND PROGRAM.py. For example, from the top of the tree:

    nice bench/programs/run.py \\
        mpsandbox="build/mpsandbox --fuel 1000000000000 --timeout 0" \\
        native=build/native/micropython cpython=/usr/bin/python3

Every program takes its size N from sys.argv[1]; its default (the program's `N =` line)
takes 0.3-1 s in CPython. N means something different in each program and the work is
polynomial in it (quadratic or cubic in dp_strings, matrix_linalg, mandelbrot_nbody), so
a common --size is for running them all small: 10 to a few hundred (the ctest uses 100).
The mpsandbox CLI gives the guest no arguments (its sys.argv is ['']), so with --size
every interpreter runs a copy of the program that starts by setting sys.argv[1:]: all of
them run the same code.

The runs are interleaved: for each program, R rounds of one run per interpreter (the order
rotating from round to round), so that a burst of load from other jobs falls on all of
them. A time is the median wall time of a whole process (its start included: a few ms for
the CLI, about 12 ms for CPython). Every run's stdout must be the first interpreter's and
its exit status 0: anything else is an error, reported with a diff, and the exit status is
1. The table gives each interpreter's median in ms and the ratio of the first interpreter's
time to each other's, with the geometric mean of each ratio column over the programs that
ran everywhere.

--check-only runs each program once per interpreter and only compares the outputs (the
ctest bench_programs does this at a small --size against CPython).
"""
import argparse
import difflib
import json
import math
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ENV = dict(os.environ, LANG="C.UTF-8", PYTHONIOENCODING="utf-8", TZ="UTC")


def programs(names):
    found = sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "run.py")
    if not names:
        return found
    unknown = [n for n in names if n not in found]
    if unknown:
        sys.exit("run.py: no such program: " + ", ".join(unknown))
    return names


def interpreter(spec):
    name, sep, command = spec.partition("=")
    if not sep or not name or not command.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=COMMAND, got {spec!r}")
    return name, shlex.split(command)


def staged(name, size, tmp):
    """The path to run: the program itself, or with --size a copy that sets sys.argv."""
    path = os.path.join(HERE, name + ".py")
    if size is None:
        return path
    with open(path, encoding="utf-8") as f:
        source = f.read()
    copy = os.path.join(tmp, name + ".py")
    with open(copy, "w", encoding="utf-8") as f:
        f.write(f"import sys\nsys.argv[1:] = [{str(size)!r}]\n" + source)
    return copy


def run_once(command, path, timeout):
    start = time.perf_counter()
    try:
        p = subprocess.run(command + [path], env=ENV, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {timeout} s"
    except OSError as e:
        return None, "", f"cannot run {command[0]}: {e}"
    elapsed = time.perf_counter() - start
    out = p.stdout.decode("utf-8", "replace")
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, out, f"exit status {p.returncode}: " + (err[-1] if err else "(no stderr)")
    return elapsed, out, None


def diff(expected, got, a, b):
    lines = difflib.unified_diff(expected.splitlines(), got.splitlines(), a, b, lineterm="", n=1)
    return "\n".join(list(lines)[:20])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("interpreters", nargs="+", type=interpreter, metavar="NAME=COMMAND")
    ap.add_argument("--size", type=int, help="passed to every program as sys.argv[1]")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program and interpreter (default 3)")
    ap.add_argument("--check-only", action="store_true", help="run once each, compare outputs, no table")
    ap.add_argument("--program", action="append", default=[], metavar="NAME",
                    help="run only this program (repeatable; default: all)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per run (default 300)")
    ap.add_argument("--json", metavar="FILE", help="also write every time measured to FILE")
    args = ap.parse_args()
    if args.size is not None and args.size < 10:
        sys.exit("run.py: --size must be at least 10 (some programs are degenerate below)")
    names = [n for n, _ in args.interpreters]
    if len(set(names)) != len(names):
        sys.exit("run.py: interpreter names must differ")
    repeat = 1 if args.check_only else max(1, args.repeat)
    times = {}   # (program, interpreter) -> [seconds]
    failures = []
    with tempfile.TemporaryDirectory(prefix="bench-programs-") as tmp:
        for prog in programs(args.program):
            path = staged(prog, args.size, tmp)
            reference = None
            failed = False
            for r in range(repeat):
                order = args.interpreters[r % len(names):] + args.interpreters[:r % len(names)]
                for name, command in order:
                    elapsed, out, error = run_once(command, path, args.timeout)
                    if error is None and reference is not None and out != reference[1]:
                        error = "output differs from " + reference[0] + "'s:\n" + diff(
                            reference[1], out, reference[0], name)
                    if error is not None:
                        failures.append(f"{prog} under {name}: {error}")
                        failed = True
                        break
                    if reference is None:
                        reference = (name, out)
                    times.setdefault((prog, name), []).append(elapsed)
                if failed:
                    break
            if args.check_only:
                print(f"{prog:24} {'FAILED' if failed else 'ok'}", flush=True)
            elif failed:
                print(f"{prog:24} FAILED", file=sys.stderr, flush=True)
            else:
                print(f"{prog:24} " + "  ".join(
                    f"{n} {statistics.median(times[prog, n]) * 1000:.0f} ms" for n in names),
                    file=sys.stderr, flush=True)
            if failed:
                for n in names:
                    times.pop((prog, n), None)

    if not args.check_only:
        print_table(args, names, times)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"size": args.size, "repeat": repeat,
                       "interpreters": {n: shlex.join(c) for n, c in args.interpreters},
                       "times_s": {f"{p}/{n}": t for (p, n), t in sorted(times.items())},
                       "failures": failures}, f, indent=1)
            f.write("\n")
    for failure in failures:
        print("ERROR: " + failure, file=sys.stderr)
    if failures:
        print(f"{len(failures)} program(s) failed", file=sys.stderr)
        return 1
    return 0


def print_table(args, names, times):
    first, others = names[0], names[1:]
    progs = sorted({p for p, _ in times})
    head = ["program"] + [f"{n} ms" for n in names] + [f"{first} / {o}" for o in others]
    print(f"\n{args.repeat} runs each, median wall time of the whole process"
          + (f", size {args.size}" if args.size is not None else ", default sizes") + "\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
    ratios = {o: [] for o in others}
    for p in progs:
        med = {n: statistics.median(times[p, n]) for n in names}
        for o in others:
            ratios[o].append(med[first] / med[o])
        print("| " + " | ".join([p] + [f"{med[n] * 1000:.0f}" for n in names]
                                + [f"{med[first] / med[o]:.2f}x" for o in others]) + " |")
    if progs:
        geo = [math.exp(sum(math.log(x) for x in ratios[o]) / len(ratios[o])) for o in others]
        print("| " + " | ".join([f"geometric mean ({len(progs)})"] + [""] * len(names)
                                + [f"**{g:.2f}x**" for g in geo]) + " |")


if __name__ == "__main__":
    sys.exit(main())
