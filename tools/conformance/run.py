#!/usr/bin/env python3
"""Runs MicroPython's own test suite inside the sandbox and on the native reference build.

    tools/conformance/run.py [--build build] [-j N] [DIR_OR_TEST ...]

Each test runs in the sandbox through the mpsandbox CLI and on build/native/micropython
(the unix port with the guest's feature set). Outputs are compared as upstream's
tests/run-tests.py does: stdout and stderr together, \\r\\n as \\n, "CRASH" appended when
the program fails, the test's .exp file when there is one (regular expressions for the
special tests), and "SKIP" on its own for a test that skips itself. Where upstream would
compare with CPython, the sandbox is compared with the native build's output instead; the
native build itself is compared with CPython (Debian's python3), so that the table says
which tests the native build passes. Native and CPython outputs are cached.

A sandbox failure is a regression when the native build passes the test and the test is
not listed in tools/conformance/exclusions.txt. The exit status is 1 when there is a
regression (or a listed test passes, so that the list stays honest), else 0.
"""
import argparse
import fnmatch
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
from multiprocessing.pool import ThreadPool

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DIRS = ("basics", "float", "misc", "micropython", "stress", "unicode", "extmod")
TEST_TIMEOUT = 30  # seconds, as upstream's run-tests.py
# Tests that upstream runs with their output matched line by line against regular
# expressions in the .exp file (run-tests.py's special_tests, within our directories).
SPECIAL_TESTS = ("micropython/meminfo.py", "basics/bytes_compare3.py", "basics/builtin_help.py")

# Name-based groups upstream skips when a feature check fails (run-tests.py).
SLICE_TESTS = {
    "builtin_range", "bytearray1", "class_super", "containment", "errno1", "fun_str",
    "generator1", "globals_del", "memoryview1", "memoryview_gc", "object1", "python34",
    "string_format_modulo", "struct_endian",
}


# ---------------------------------------------------------------- running one program

class Target:
    """One way to run a MicroPython program; run() returns (output bytes, note)."""

    def __init__(self, name, argv, env=None):
        self.name, self.argv, self.env = name, argv, env

    STDERR = subprocess.PIPE  # where the program's stderr goes
    TIMEOUT_NOTE = "timeout (host)"

    def run(self, path, extra_args=(), cwd=None):
        cmd = self.argv + list(extra_args) + [path]
        try:
            p = subprocess.run(cmd, cwd=cwd, env=self.env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=self.STDERR,
                               timeout=TEST_TIMEOUT)
        except subprocess.TimeoutExpired as e:
            return (e.stdout or b"") + (e.stderr or b"") + b"TIMEOUT", self.TIMEOUT_NOTE
        return self.finish(p)

    def finish(self, p):
        out = p.stdout + (p.stderr or b"")
        if p.returncode != 0:
            return out + b"CRASH", "exit status %d" % p.returncode
        return out, ""


class NativeTarget(Target):
    # The unix port writes stdout and stderr unbuffered, so a pipe shared by both keeps
    # their order, as upstream's stderr=STDOUT does.
    STDERR = subprocess.STDOUT
    TIMEOUT_NOTE = "timeout"


class SandboxTarget(Target):
    # The CLI prints the guest's stdout, then its stderr and the traceback: the order of
    # the two streams is lost (docs/COMPATIBILITY.md), so this is stdout + stderr.
    STOP_RE = re.compile(rb"mpsandbox: run stopped \(([^)]*)\)")

    def run(self, path, extra_args=(), cwd=None):
        # Tests that open files next to them (unicode/file*.py) see their directory,
        # read-only, as the guest's working directory.
        if cwd:
            extra_args = list(extra_args) + ["--mount-ro", cwd + ":/test", "--cwd", "/test"]
        return super().run(path, extra_args, cwd)

    def finish(self, p):
        out = p.stdout + p.stderr
        if p.returncode == 0:
            return out, ""
        if p.returncode == 3:
            m = self.STOP_RE.search(p.stderr)
            status = m.group(1).decode() if m else "stopped"
            if status == "timeout":
                return out + b"TIMEOUT", "limit: timeout"
            return out + b"CRASH", "limit: " + status
        return out + b"CRASH", "exit status %d" % p.returncode


# ---------------------------------------------------------------- comparing outputs

def regex_for_exp_line(line):
    """An .exp line of a special test as a regex: a backslash escapes the next character
    into regex syntax; other regex characters are literal; \\r may precede the newline."""
    out, escape = [], False
    for c in line.decode("utf-8"):
        if escape:
            out.append(c)
            escape = False
        elif c == "\\":
            escape = True
        elif c in "()[]{}.*+^$":
            out.append("\\" + c)
        else:
            out.append(c)
    if out and out[-1] == "\n":
        out[-1] = "\r*\n"
    return re.compile("".join(out).encode("utf-8"))


def match_special(output, exp):
    """Rewrites the lines of output that match the .exp regexes into the .exp lines, so
    that output == exp exactly when every line matches. "########" stands for any number
    of whole lines."""
    exp_lines = exp.splitlines(keepends=True)
    rules = [(l, None if l == b"########\n" else regex_for_exp_line(l)) for l in exp_lines]
    lines = [l + b"\n" for l in output.split(b"\n")]
    if output.endswith(b"\n"):
        lines.pop()
    i = 0
    for k, (text, rx) in enumerate(rules):
        if i >= len(lines):
            break
        if rx is None:
            nxt = rules[k + 1][1] if k + 1 < len(rules) else None
            if nxt is None:  # a final "########" takes the rest
                lines[i:] = [b"########\n"]
                break
            j = i
            while j < len(lines) and not nxt.match(lines[j]):
                j += 1
            if j >= len(lines):
                if i < len(lines):
                    lines[i] = b"######## FAIL\n"
                break
            lines[i:j] = [b"########\n"]
            i += 1
        else:
            if rx.match(lines[i]):
                lines[i] = text
            i += 1
    return b"".join(lines)


def normalise(output):
    return output.replace(b"\r\n", b"\n")


# ---------------------------------------------------------------- exclusions

def load_exclusions(path):
    """tools/conformance/exclusions.txt: `pattern  category  reason`, # comments."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
            if not line.strip():
                continue
            parts = line.split(None, 2)
            if len(parts) < 3:
                sys.exit("%s:%d: expected `pattern category reason`" % (path, n))
            rules.append(tuple(parts))
    return rules


def find_exclusion(rules, test):
    for pattern, category, reason in rules:
        if fnmatch.fnmatchcase(test, pattern):
            return category, reason
    return None


# ---------------------------------------------------------------- the suite

class Suite:
    def __init__(self, args):
        self.args = args
        self.tests_dir = os.path.join(args.micropython, "tests")
        self.cache_dir = os.path.join(args.build, "conformance-cache")
        os.makedirs(self.cache_dir, exist_ok=True)
        env = dict(os.environ)
        # As upstream: only builtin modules, extmod and unittest on the native path.
        env["MICROPYPATH"] = os.pathsep.join(
            [".frozen", os.path.join(args.micropython, "extmod"),
             os.path.join(args.micropython, "lib/micropython-lib/python-stdlib/unittest")])
        env["PYTHONIOENCODING"] = "utf-8"
        self.native = NativeTarget("native", [args.native, "-X", "emit=bytecode"], env)
        self.native_plain = NativeTarget("native", [args.native], env)
        sandbox_argv = [args.cli, "--timeout", str(args.timeout)]
        if args.fuel:
            sandbox_argv += ["--fuel", str(args.fuel)]
        self.sandbox = SandboxTarget("sandbox", sandbox_argv, env)
        self.cpython = NativeTarget("cpython", [sys.executable if args.cpython is None
                                                else args.cpython, "-BS"], env)
        with open(args.native, "rb") as f:
            self.native_id = hashlib.sha256(f.read()).hexdigest()[:16]
        self.lock = threading.Lock()

    # Cached runs of the native build and of CPython, keyed by program and test text.
    def cached(self, target, key_id, test, runner):
        with open(os.path.join(self.tests_dir, test), "rb") as f:
            text = f.read()
        key = hashlib.sha256(key_id.encode() + b"\0" + test.encode() + b"\0" + text).hexdigest()
        path = os.path.join(self.cache_dir, target, key[:2], key + ".json")
        if os.path.exists(path) and not self.args.no_cache:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
            return d["output"].encode("latin-1"), d["note"]
        output, note = runner()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = path + ".%d.tmp" % threading.get_ident()
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"test": test, "output": output.decode("latin-1"), "note": note}, f)
        os.replace(tmp, path)
        return output, note

    def run_on(self, target, test, special=False):
        path = os.path.join(self.tests_dir, test)
        if special:
            # Upstream runs these (and the feature checks) without -X emit, from any
            # directory, honouring a "# cmdline:" first line (none of ours has one).
            plain = self.native_plain if target is self.native else target
            out, note = plain.run(path)
        else:
            out, note = target.run(path, cwd=os.path.dirname(path))
        return normalise(out), note

    def native_output(self, test, special=False):
        return self.cached("native", self.native_id, test, lambda: self.run_on(self.native, test, special))

    def cpython_output(self, test):
        return self.cached("cpython", sys.version, test, lambda: self.run_on(self.cpython, test))

    def feature_checks(self, target):
        """The feature flags upstream's run-tests.py derives from tests/feature_check."""
        def check(name):
            out, _ = self.run_on(target, "feature_check/" + name, special=True)
            return out
        f = {}
        f["platform"] = check("target_info.py").decode("utf-8", "replace").split()[:1] or ["?"]
        f["platform"] = f["platform"][0]
        f["native"] = check("native_check.py") == b"native\n"
        f["int_big"] = check("int_big.py") == b"1000000000000000000000000000000000000000000000\n"
        f["bytearray"] = check("bytearray.py") == b"bytearray\n"
        f["set"] = check("set_check.py") == b"{1}\n"
        f["slice"] = check("slice.py") == b"slice\n"
        f["async"] = check("async_check.py") == b"async\n"
        f["const"] = check("const.py") == b"1\n"
        f["revops"] = check("reverse_ops.py") != b"TypeError\n"
        f["io"] = check("io_module.py") == b"io\n"
        f["fstring"] = check("fstring.py") == b"a=1\n"
        try:
            f["float_precision"] = int(check("float.py"))
        except ValueError:
            f["float_precision"] = 0
        f["complex"] = check("complex.py") == b"complex\n"
        f["coverage"] = check("coverage.py") == b"coverage\n"
        cpy = self.run_on(self.cpython, "feature_check/byteorder.py", special=True)[0]
        f["endian_matches"] = check("byteorder.py") == cpy
        return f

    @staticmethod
    def skip_reason(features, test):
        """Why upstream would skip this test on a target with these features, or None."""
        name = os.path.splitext(os.path.basename(test))[0]
        f = features
        rules = [
            (not f["native"] and name.startswith(("native_", "viper_")), "no native emitter"),
            (not f["endian_matches"] and name.endswith("_endian"), "byte order"),
            (not f["int_big"] and (name.startswith("int_big") or name.endswith("_intbig")), "no big ints"),
            (not f["bytearray"] and (name.startswith("bytearray") or name.endswith("_bytearray")), "no bytearray"),
            (not f["set"] and (name.startswith(("set_", "frozenset")) or name.endswith("_set")), "no set"),
            (not f["slice"] and ("slice" in name or name in SLICE_TESTS), "no slice"),
            (not f["async"] and name.startswith(("async_", "asyncio_")), "no async"),
            (not f["const"] and name.startswith("const"), "no const"),
            (not f["revops"] and "reverse_op" in name, "no reverse ops"),
            (not f["io"] and name.startswith("io_"), "no io module"),
            (not f["fstring"] and name.startswith("string_fstring"), "no f-strings"),
            (name.startswith("asm"), "no inline assembler"),
        ]
        for cond, why in rules:
            if cond:
                return why
        explicit = set()
        if f["float_precision"] == 0:
            explicit |= {"extmod/json_dumps_float.py", "extmod/json_loads_float.py",
                         "extmod/random_extra_float.py", "misc/rge_sm.py"}
        if f["float_precision"] < 64:
            explicit |= {"float/float_divmod.py", "float/float2int_doubleprec_intbig.py",
                         "float/float_format_ints_doubleprec.py", "float/float_parse_doubleprec.py"}
        if not f["complex"]:
            explicit |= {"float/complex1.py", "float/complex1_intbig.py", "float/complex_reverse_op.py",
                         "float/complex_special_methods.py", "float/int_big_float.py",
                         "float/true_value.py", "float/types.py", "float/complex_dunder.py"}
        if not f["coverage"]:
            explicit |= {"extmod/ssl_poll.py"}
        if test in explicit:
            return "feature check (run-tests.py skip list)"
        return None

    # ------------------------------------------------------------ one test

    def run_test(self, test):
        exp_path = os.path.join(self.tests_dir, test + ".exp")
        exp = None
        if os.path.isfile(exp_path):
            with open(exp_path, "rb") as f:
                exp = normalise(f.read())
        special = test in SPECIAL_TESTS
        rec = {"test": test}
        rec["native"] = self.judge(self.native, test, exp, special, reference=None)
        ref = None
        if exp is None:
            ref, ref_note = self.native_output(test, special)
            if ref.endswith((b"CRASH", b"TIMEOUT")) and rec["native"]["status"] != "skip":
                ref = None  # a native crash is no reference
        rec["sandbox"] = self.judge(self.sandbox, test, exp, special, reference=ref)
        self.classify(rec)
        return rec

    def judge(self, target, test, exp, special, reference):
        features = self.native_features if target is self.native else self.sandbox_features
        why = self.skip_reason(features, test)
        if why:
            return {"status": "skip", "reason": why}
        if target is self.native:
            out, note = self.native_output(test, special)
        else:
            out, note = self.run_on(target, test, special)
        if out == b"SKIP\n" or (special and b"\nSKIP\n" in out and not out.endswith(b"CRASH")):
            return {"status": "skip", "reason": "test printed SKIP"}
        if exp is not None:
            expected, against = exp, ".exp"
        elif target is self.native:
            expected, against = self.cpython_output(test)[0], "CPython"
        elif reference is not None:
            expected, against = reference, "native"
        else:
            return {"status": "fail", "reason": "no reference: the native build crashed",
                    "output": out.decode("utf-8", "replace")[-2000:]}
        if special and exp is not None:
            out = match_special(out, exp)
        if out == expected:
            return {"status": "pass", "against": against}
        r = {"status": "fail", "against": against, "reason": note or "output differs",
             "output": out.decode("utf-8", "replace")[-2000:],
             "expected": expected.decode("utf-8", "replace")[-2000:]}
        if b"ImportError: no module named 'unittest'" in out:
            r["reason"] = "needs the unittest module (imported from a file)"
        return r

    def classify(self, rec):
        n, s = rec["native"], rec["sandbox"]
        ex = find_exclusion(self.exclusions, rec["test"])
        if s["status"] == "fail":
            if ex:
                s["status"] = "excluded"
                s["category"], s["reason"] = ex
            elif n["status"] != "pass":
                s["also_fails_natively"] = True
            else:
                s["regression"] = True
        elif ex and s["status"] == "pass":
            s["listed_but_passes"] = "%s: %s" % ex

    # ------------------------------------------------------------ all tests

    def collect(self, names):
        tests = []
        for name in names:
            if name.endswith(".py"):
                tests.append(name)
                continue
            d = os.path.join(self.tests_dir, name)
            tests += sorted(name + "/" + f for f in os.listdir(d) if f.endswith(".py"))
        return tests

    def run(self):
        self.exclusions = load_exclusions(self.args.exclusions)
        self.native_features = self.feature_checks(self.native_plain)
        self.sandbox_features = self.feature_checks(self.sandbox)
        for k in sorted(self.native_features):
            if k != "platform" and self.native_features[k] != self.sandbox_features[k]:
                print("note: feature check %s differs: native %r, sandbox %r"
                      % (k, self.native_features[k], self.sandbox_features[k]))
        tests = self.collect(self.args.tests or DEFAULT_DIRS)
        done = [0]

        def one(test):
            rec = self.run_test(test)
            with self.lock:
                done[0] += 1
                s = rec["sandbox"]
                if self.args.verbose or s.get("regression"):
                    print("%-9s %-9s %s %s" % (rec["native"]["status"], s["status"], test,
                                              s.get("reason", "")), flush=True)
            return rec

        with ThreadPool(self.args.jobs) as pool:
            records = pool.map(one, tests, chunksize=1)
        return records


# ---------------------------------------------------------------- reporting

def summarise(records):
    rows = {}
    for r in records:
        d = r["test"].split("/")[0]
        row = rows.setdefault(d, {k: 0 for k in (
            "n_pass", "n_fail", "n_skip", "s_pass", "s_fail", "s_skip", "s_excluded", "regressions")})
        row["n_" + r["native"]["status"]] += 1
        row["s_" + r["sandbox"]["status"]] += 1
        row["regressions"] += bool(r["sandbox"].get("regression"))
    total = {k: sum(row[k] for row in rows.values()) for k in next(iter(rows.values()))} if rows else {}
    return rows, total


def table(rows, total):
    head = ("directory", "native pass", "fail", "skip", "sandbox pass", "fail", "skip",
            "excluded", "regressions")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    keys = ("n_pass", "n_fail", "n_skip", "s_pass", "s_fail", "s_skip", "s_excluded", "regressions")
    for d in sorted(rows):
        lines.append("| %s | %s |" % (d, " | ".join(str(rows[d][k]) for k in keys)))
    lines.append("| **total** | %s |" % " | ".join(str(total[k]) for k in keys))
    return "\n".join(lines)


def micropython_version(top):
    """The source package's version, from the first line of its debian/changelog."""
    try:
        with open(os.path.join(top, "debian", "changelog"), encoding="utf-8") as f:
            m = re.search(r"\(([^)]+)\)", f.readline())
        return "micropython-" + m.group(1) if m else "micropython"
    except OSError:
        return "micropython"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tests", nargs="*", help="test directories or files (relative to tests/)")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--micropython", help="MicroPython source (default BUILD/micropython, the patched tree)")
    ap.add_argument("--cli", help="mpsandbox CLI (default BUILD/mpsandbox)")
    ap.add_argument("--native", help="native reference (default BUILD/native/micropython)")
    ap.add_argument("--cpython", help="CPython for the native build's expected output")
    ap.add_argument("--exclusions", default=os.path.join(ROOT, "tools/conformance/exclusions.txt"))
    ap.add_argument("--results", default=os.path.join(ROOT, "conformance/results.json"))
    ap.add_argument("--timeout", type=float, default=TEST_TIMEOUT, help="sandbox --timeout per test")
    ap.add_argument("--fuel", type=int, help="sandbox --fuel per test (default: the CLI's)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--expect-pass", metavar="FILE",
                    help="fail unless every test listed in FILE passes in the sandbox")
    ap.add_argument("--no-cache", action="store_true", help="rerun native and CPython")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test")
    args = ap.parse_args()
    args.build = os.path.abspath(args.build)
    args.micropython = os.path.abspath(args.micropython or os.path.join(args.build, "micropython"))
    args.cli = os.path.abspath(args.cli or os.path.join(args.build, "mpsandbox"))
    args.native = os.path.abspath(args.native or os.path.join(args.build, "native/micropython"))
    expect = None
    if args.expect_pass:
        with open(args.expect_pass, encoding="utf-8") as f:
            expect = [l.split("#")[0].strip() for l in f if l.split("#")[0].strip()]
        if not args.tests:
            args.tests = expect
    for p in (args.cli, args.native):
        if not os.access(p, os.X_OK):
            sys.exit("conformance: %s not found: run make build first" % p)

    records = Suite(args).run()
    rows, total = summarise(records)
    print(table(rows, total))

    # Tracebacks name the tests by absolute path: keep this machine's paths out of the file.
    prefix = args.micropython + os.sep
    for r in records:
        for side in ("native", "sandbox"):
            for k in ("output", "expected"):
                if k in r[side]:
                    r[side][k] = r[side][k].replace(prefix, "")
    os.makedirs(os.path.dirname(os.path.abspath(args.results)), exist_ok=True)
    with open(args.results, "w", encoding="utf-8") as f:
        json.dump({"micropython": micropython_version(args.micropython),
                   "summary": {"directories": rows, "total": total},
                   "tests": {r["test"]: {"native": r["native"], "sandbox": r["sandbox"]}
                             for r in records}},
                  f, indent=1, sort_keys=True)
        f.write("\n")
    print("results: %s" % os.path.relpath(args.results))

    bad = [r for r in records if r["sandbox"].get("regression")]
    honest = [r for r in records if r["sandbox"].get("listed_but_passes")]
    for r in honest:
        print("note: %s passes but is listed in exclusions.txt" % r["test"])
    if expect is not None:
        bad = [r for r in records if r["test"] in expect and r["sandbox"]["status"] != "pass"]
        for r in bad:
            print("FAIL %s: %s" % (r["test"], r["sandbox"].get("reason", r["sandbox"]["status"])))
        print("%d passed, %d failed" % (len(expect) - len(bad), len(bad)))
        return 1 if bad else 0
    if bad:
        print("%d regressions (fail in the sandbox, pass natively, not excluded): %s"
              % (len(bad), " ".join(r["test"] for r in bad)))
    return 1 if bad or honest else 0


if __name__ == "__main__":
    sys.exit(main())
