#!/usr/bin/env python3
"""CPython's own tests (Debian's libpython3.11-testsuite) for the modules the guest ships.

    tools/cpytests/run.py [--build BUILD] [--cli MPSANDBOX] [--tests DIR] [--jobs N]
                          [--timeout S] [--json OUT.json] [--markdown] [--causes N] [MODULE...]

Each test module (test_textwrap, the package test_json, ...) runs in the sandbox: the
mpsandbox CLI with the test directory mounted read-only at /cpy/test, tools/cpytests/shims
(harness-only stand-ins for what test.support imports and the guest does not ship) at
/cpy/shims and a scratch /tmp as the working directory. tools/cpytests/driver.py loads the
module's tests with unittest and reports every outcome as a line; a run that a limit stops
(timeout, memory, a crash) counts the test it was in as an error with that reason and goes on
with the tests after it in a new run. The same driver runs in Debian's CPython 3.11 for the
reference: a module's pass rate is the share of the tests CPython passes that pass here too.
A module that does not import counts as 0% with the reason.

Prints a table per module and the commonest causes of failure (exception type and message)
across modules; --json writes everything (compat/cpython-tests.json by default for the
full list).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from multiprocessing.pool import ThreadPool

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "tools", "cpytests")
CPYTHON = "/usr/bin/python3"
TESTS = "/usr/lib/python3.11/test"
UNITTEST_TESTS = "/usr/lib/python3.11/unittest/test"
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", "TZ": "UTC",
       "PYTHONHASHSEED": "0"}

# The test modules of the CPython modules the guest freezes (guest/stdlib/modules.txt) or
# writes (guest/lib), as CPython's test directory names them.
MODULES = [
    "test_textwrap", "test_shlex", "test_fnmatch", "test_bisect", "test_heapq", "test_fractions",
    "test_statistics", "test_string", "test_html", "test_htmlparser", "test_difflib",
    "test_base64", "test_json", "test_re", "test_calendar", "test_datetime", "test_decimal",
    "test_random", "test_functools", "test_collections", "test_enum", "test_dataclasses",
    "test_typing", "test_copy", "test_copyreg", "test_contextlib", "test_contextlib_async",
    "test_pprint", "test_ipaddress", "test_urlparse", "test_configparser", "test_argparse",
    "test_glob", "test_shutil", "test_pathlib", "test_abc", "test_keyword", "test_reprlib",
    "test_operator", "test_itertools", "test_csv", "test_struct", "test_hashlib", "test_hmac",
    "test_colorsys", "test_getopt", "test_posixpath", "test_genericpath", "test_secrets",
    "test_strptime", "test_types", "test_inspect", "test_zlib", "test_binascii", "test_numeric_tower",
    "test_unittest", "test_zoneinfo", "test_contextvars", "test_stat", "test_future_stmt",
]
# A small, fast subset for `make test` (ctest cpython_tests_quick): modules whose rate is
# recorded in compat/cpython-tests.json and must not drop.
QUICK = ["test_fnmatch", "test_colorsys", "test_keyword", "test_string", "test_html", "test_bisect"]

MARK = "@@CPT "


def driver_source(module, paths, skip):
    with open(os.path.join(HERE, "driver.py"), encoding="utf-8") as f:
        body = f.read()
    return ("CPT_MODULE = %r\nCPT_PATHS = %r\nCPT_SKIP = %r\n" % (module, paths, sorted(skip))) + body


def parse(text):
    events = []
    for line in text.splitlines():
        if line.startswith(MARK):
            try:
                events.append(json.loads(line[len(MARK):]))
            except ValueError:
                pass
    return events


def last_line(text):
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1][:300] if lines else ""


def run_once(cmd, cwd, timeout):
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout + 30)
        out, err, rc = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err, rc = "host timeout after %d s" % (timeout + 30), -1
    return parse(out), err, rc, time.monotonic() - t0


def run_module(module, side, args):
    """Runs one test module to its end, restarting after a stop; returns its outcomes."""
    outcomes = {}   # test id -> (kind, why)
    module_errors = []  # import or load errors: (kind, why)
    begun = False
    seconds = 0.0
    stops = 0
    while True:
        if side == "cpython":
            cmd = [CPYTHON, "-X", "utf8", "-c", driver_source(module, [], outcomes)]
            cwd = tempfile.mkdtemp(prefix="cpt-")
        else:
            src = driver_source(module, ["/cpy/shims", "/cpy"], outcomes)
            cmd = [args.cli, "--mount-ro", args.tests + ":/cpy/test", "--mount-ro",
                   os.path.join(HERE, "shims") + ":/cpy/shims", "--scratch", "64M", "--cwd", "/tmp",
                   "--timeout", str(args.timeout), "--memory", args.memory, "--max-output", "256M", "-c", src]
            if os.path.isdir(UNITTEST_TESTS):
                # unittest's own tests (the package unittest.test, which test_unittest runs):
                # the guest freezes unittest without them; driver.py adds them from there
                cmd[1:1] = ["--mount-ro", UNITTEST_TESTS + ":/cpy/unittest_test"]
            cwd = None
        before = len(outcomes)
        events, err, rc, secs = run_once(cmd, cwd, args.timeout)
        if cwd:
            subprocess.run(["rm", "-rf", cwd])
        seconds += secs
        running = None
        ended = False
        runner_error = None
        for ev in events:
            kind = ev["ev"]
            if kind == "start":
                running = ev["id"]
            elif kind in ("ok", "fail", "error", "skip", "xfail", "xpass"):
                tid = ev.get("id", "?")
                if kind in ("ok", "skip", "xfail", "xpass") or tid not in outcomes:
                    outcomes[tid] = (kind, ev.get("why"))
                elif kind == "error" and outcomes[tid][0] == "ok":
                    outcomes[tid] = (kind, ev.get("why"))
            elif kind in ("import-error", "load-error") and (kind, ev.get("why")) not in module_errors:
                module_errors.append((kind, ev.get("why")))
            elif kind == "runner-error":
                runner_error = ev.get("why")
            elif kind == "begin":
                begun = True
            elif kind == "end":
                ended = True
        if ended or any(k == "import-error" for k, _ in module_errors):
            break
        # stopped by a limit or a crash: the running test is an error with the reason
        reason = last_line(err) or "exit status %d without a result" % rc
        why = {"type": "stopped", "msg": reason, "where": ""}
        if runner_error:
            why = dict(runner_error, type="unittest failed: " + str(runner_error.get("type")))
            reason = why["msg"]
        stops += 1
        if running is not None and running not in outcomes or (running in outcomes and outcomes[running][0] == "ok"):
            outcomes[running] = ("error", why)
        elif running is None:
            module_errors.append(("import-error", {"type": "stopped", "msg": reason, "where": ""}))
            break
        if len(outcomes) == before:
            module_errors.append(("stopped", {"type": why["type"], "msg": "no progress: " + reason, "where": ""}))
            break
        if seconds >= args.module_budget:
            module_errors.append(("stopped", {"type": "stopped", "msg": "gave up after %.0f s (%d stops): %s" % (seconds, stops, reason), "where": ""}))
            break
        if stops >= args.max_stops:
            module_errors.append(("stopped", {"type": "stopped", "msg": "gave up after %d stops: %s" % (stops, reason), "where": ""}))
            break
    return {"outcomes": outcomes, "module_errors": module_errors, "seconds": round(seconds, 1), "stops": stops}


def summarize(module, here, ref):
    counts = collections.Counter(k for k, _ in here["outcomes"].values())
    ref_pass = {t for t, (k, _) in ref["outcomes"].items() if k in ("ok", "xfail")}
    here_pass = {t for t, (k, _) in here["outcomes"].items() if k in ("ok", "xfail")}
    imported = not any(k == "import-error" for k, _ in here["module_errors"])
    if not here["outcomes"] and any(k == "load-error" for k, _ in here["module_errors"]):
        # nothing loaded: the load error (a load_tests whose imports fail) is the module's
        imported = False
        here["module_errors"].insert(0, ("import-error", [w for k, w in here["module_errors"] if k == "load-error"][0]))
    row = {
        "module": module,
        "passed": counts["ok"] + counts["xfail"],
        "failed": counts["fail"] + counts["xpass"],
        "errors": counts["error"],
        "skipped": counts["skip"],
        "cpython_passed": len(ref_pass),
        "cpython_skipped": sum(1 for k, _ in ref["outcomes"].values() if k == "skip"),
        "both_passed": len(ref_pass & here_pass),
        "rate": round(100.0 * len(ref_pass & here_pass) / len(ref_pass), 1) if ref_pass and imported else 0.0,
        "seconds": here["seconds"],
        "stops": here["stops"],
    }
    if not imported:
        why = [w for k, w in here["module_errors"] if k == "import-error"][0] or {}
        row["import_error"] = "%s: %s" % (why.get("type"), why.get("msg"))
    fails = {}
    for tid, (k, why) in sorted(here["outcomes"].items()):
        if k in ("fail", "error") and tid in ref_pass:
            fails[tid] = why
    row["failures"] = fails
    row["skips"] = {tid: (why or {}).get("msg") for tid, (k, why) in sorted(here["outcomes"].items())
                    if k == "skip" and tid in ref_pass}
    row["load_errors"] = [w for k, w in here["module_errors"] if k == "load-error"]
    return row


def cause_key(why):
    if not why:
        return "?"
    msg = why.get("msg") or ""
    if why.get("type") == "import":
        return "import: " + msg[:160]  # the missing module's name is the cause
    # numbers, quoted names and long tails vary by test: group on the rest
    msg = re.sub(r"'[^']*'", "'…'", msg)
    msg = re.sub(r"\b\d+\b", "N", msg)
    return "%s: %s" % (why.get("type"), msg[:120])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--cli")
    ap.add_argument("--tests", default=TESTS, help="CPython's test directory")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per sandbox run")
    ap.add_argument("--memory", default="1G")
    ap.add_argument("--max-stops", type=int, default=8, help="runs a module may be restarted after a stop")
    ap.add_argument("--module-budget", type=int, default=600, help="seconds after which a stopped module is not restarted")
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--causes", type=int, default=25, help="how many causes of failure to list")
    ap.add_argument("--markdown", action="store_true", help="print the table as markdown")
    ap.add_argument("--quick", action="store_true", help="only the fast subset (QUICK)")
    ap.add_argument("--expect", help="fail when a module's rate is below the one this JSON records")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failing test")
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    args.cli = os.path.abspath(args.cli or os.path.join(args.build, "mpsandbox"))
    if not os.path.isdir(args.tests):
        sys.exit("no CPython test directory %s: install Debian's libpython3.11-testsuite" % args.tests)
    modules = args.modules or (QUICK if args.quick else MODULES)
    modules = [m for m in modules if os.path.exists(os.path.join(args.tests, m + ".py"))
               or os.path.isdir(os.path.join(args.tests, m))]

    def job(m):
        ref = run_module(m, "cpython", args)
        here = run_module(m, "sandbox", args)
        row = summarize(m, here, ref)
        print("%-22s %5.1f%%  (%d/%d, %.0f s)" % (m, row["rate"], row["both_passed"], row["cpython_passed"],
                                               row["seconds"]), file=sys.stderr, flush=True)
        return row

    with ThreadPool(args.jobs) as pool:
        rows = pool.map(job, modules)

    tot_ref = sum(r["cpython_passed"] for r in rows)
    tot_both = sum(r["both_passed"] for r in rows)
    if args.markdown:
        print("| module | rate | passed | failed | errors | skipped | CPython passed | note |")
        print("|---|---:|---:|---:|---:|---:|---:|---|")
        for r in rows:
            note = r.get("import_error", "")
            if r["stops"]:
                note = (note + " " if note else "") + "%d run(s) stopped by a limit" % r["stops"]
            print("| %s | %.1f%% | %d | %d | %d | %d | %d | %s |" % (
                r["module"], r["rate"], r["passed"], r["failed"], r["errors"], r["skipped"],
                r["cpython_passed"], note.replace("|", "\\|")))
        print("| **all** | **%.1f%%** | | | | | %d | |" % (100.0 * tot_both / max(tot_ref, 1), tot_ref))
    else:
        print("%-22s %7s %7s %7s %7s %7s %8s" % ("module", "rate", "passed", "failed", "errors", "skipped", "cpython"))
        for r in rows:
            print("%-22s %6.1f%% %7d %7d %7d %7d %8d %s" % (
                r["module"], r["rate"], r["passed"], r["failed"], r["errors"], r["skipped"],
                r["cpython_passed"], r.get("import_error", "")))
        print("%-22s %6.1f%% %39d" % ("all", 100.0 * tot_both / max(tot_ref, 1), tot_ref))

    causes = collections.Counter()
    examples = {}
    for r in rows:
        items = list(r["failures"].items())
        if "import_error" in r:
            items.append((r["module"] + " (import)", {"type": "import", "msg": r["import_error"]}))
        for tid, why in items:
            k = cause_key(why)
            causes[k] += 1
            examples.setdefault(k, (tid, why))
    if causes and args.causes:
        print("\ncommonest causes of failure (tests CPython passes):")
        for k, n in causes.most_common(args.causes):
            tid, why = examples[k]
            print("%5d  %s\n       e.g. %s at %s" % (n, k, tid, (why or {}).get("where", "")))
    if args.verbose:
        for r in rows:
            for tid, why in r["failures"].items():
                print("%s: %s: %s [%s]" % (tid, why.get("type"), why.get("msg"), why.get("where")))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"total_rate": round(100.0 * tot_both / max(tot_ref, 1), 1),
                       "modules": {r["module"]: r for r in rows}}, f, indent=1, sort_keys=True)
            f.write("\n")
    if args.expect:
        with open(args.expect, encoding="utf-8") as f:
            expected = json.load(f)["modules"]
        worse = [(r["module"], r["rate"], expected[r["module"]]["rate"]) for r in rows
                 if r["module"] in expected and r["rate"] < expected[r["module"]]["rate"]]
        for m, got, want in worse:
            print("REGRESSION %s: %.1f%% < %.1f%% recorded" % (m, got, want))
        if worse:
            sys.exit(1)


if __name__ == "__main__":
    main()
