#!/usr/bin/env python3
"""The compatibility corpus (compat/corpus): every program in the sandbox and in CPython 3.11.

    tools/compat/run.py [--build BUILD] [--cli MPSANDBOX] [--jobs N] [--subset FILE]
                        [--results OUT.json] [--expect RESULTS.json] [--docs] [PROGRAM...]

Each program runs in the sandbox (the mpsandbox CLI, a 64 MiB scratch /tmp as its working
directory) and in Debian's CPython 3.11 (TZ=UTC, UTF-8, in a temporary directory). A
program is
  same   when its stdout is byte for byte CPython's, its exit status is the same and, if
         CPython ended with an uncaught exception, the sandbox's last stderr line is too;
  error  when it is not the same and the sandbox failed loudly: it ended with an uncaught
         exception CPython did not raise (or a different one), or a limit stopped it;
  wrong  otherwise: a silent wrong answer, the worst kind.
Prints a table by category; --results writes every program's class and reason; --docs
puts the table into docs/COMPATIBILITY.md; --expect fails (exit 1) when a program that
RESULTS.json records as same is not the same any more (a program newly wrong is reported).
CPython's results are cached in BUILD/compat-cache by the program's content.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from multiprocessing.pool import ThreadPool

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "compat", "corpus")
CPYTHON = "/usr/bin/python3"
TIMEOUT = 60
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", "TZ": "UTC",
       "PYTHONHASHSEED": "0"}
DOC_BEGIN = "<!-- compat-table:begin (tools/compat/run.py --docs) -->"
DOC_END = "<!-- compat-table:end -->"


def last_line(data):
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT)
        return {"stdout": p.stdout.decode("utf-8", "surrogateescape"), "rc": p.returncode,
                "last": last_line(p.stderr)}
    except subprocess.TimeoutExpired:
        return {"stdout": "", "rc": -1, "last": f"timeout after {TIMEOUT} s"}


def cpython(path, cache):
    with open(path, "rb") as f:
        key = hashlib.sha256(f.read()).hexdigest()
    cached = os.path.join(cache, key + ".json")
    if os.path.exists(cached):
        with open(cached, encoding="utf-8") as f:
            return json.load(f)
    with tempfile.TemporaryDirectory() as cwd:
        r = run([CPYTHON, "-X", "utf8", path], cwd)
    os.makedirs(cache, exist_ok=True)
    with open(cached + ".tmp", "w", encoding="utf-8") as f:
        json.dump(r, f)
    os.replace(cached + ".tmp", cached)
    return r


def sandbox(path, cli):
    with tempfile.TemporaryDirectory() as cwd:
        return run([cli, "--scratch", "64M", "--cwd", "/tmp", "--timeout", "30", path], cwd)


def first_difference(a, b):
    al, bl = a.splitlines(), b.splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else "<end>"
        y = bl[i] if i < len(bl) else "<end>"
        if x != y:
            return f"line {i + 1}: {y[:120]!r} (CPython: {x[:120]!r})"
    return "output differs in line endings"


def classify(ref, got):
    raised_same = ref["rc"] == 0 or got["last"] == ref["last"]
    if got["stdout"] == ref["stdout"] and got["rc"] == ref["rc"] and raised_same:
        return "same", ""
    if got["rc"] != 0 and (ref["rc"] == 0 or got["last"] != ref["last"]):
        return "error", got["last"][:200] or f"exit status {got['rc']}"
    if got["stdout"] != ref["stdout"]:
        return "wrong", first_difference(ref["stdout"], got["stdout"])
    return "wrong", f"exit status {got['rc']} (CPython: {ref['rc']}; {ref['last'][:120]})"


def programs(args):
    if args.programs:
        return sorted(os.path.relpath(os.path.abspath(p), CORPUS) for p in args.programs)
    if args.subset:
        with open(args.subset, encoding="utf-8") as f:
            return sorted(l.strip() for l in f if l.strip() and not l.startswith("#"))
    out = []
    for root, _, names in os.walk(CORPUS):
        out += [os.path.relpath(os.path.join(root, n), CORPUS) for n in names if n.endswith(".py")]
    return sorted(out)


def table(results):
    cats = {}
    for name, r in results.items():
        c = cats.setdefault(name.split("/")[0], {"same": 0, "error": 0, "wrong": 0})
        c[r["class"]] += 1
    rows = ["| category | programs | same | error | wrong | same % |", "|---|---|---|---|---|---|"]
    total = {"same": 0, "error": 0, "wrong": 0}
    for cat in sorted(cats):
        c = cats[cat]
        n = sum(c.values())
        for k in total:
            total[k] += c[k]
        rows.append(f"| {cat} | {n} | {c['same']} | {c['error']} | {c['wrong']} | {100 * c['same'] / n:.1f} |")
    n = sum(total.values()) or 1
    rows.append(f"| **total** | {sum(total.values())} | {total['same']} | {total['error']} | "
                f"{total['wrong']} | {100 * total['same'] / n:.1f} |")
    return "\n".join(rows)


def update_docs(text):
    path = os.path.join(ROOT, "docs", "COMPATIBILITY.md")
    with open(path, encoding="utf-8") as f:
        doc = f.read()
    if DOC_BEGIN not in doc or DOC_END not in doc:
        sys.exit(f"compat: {path} lacks the table markers")
    head, rest = doc.split(DOC_BEGIN, 1)
    tail = rest.split(DOC_END, 1)[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + DOC_BEGIN + "\n" + text + "\n" + DOC_END + tail)


def main():
    global TIMEOUT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--cli", help="the mpsandbox CLI (default BUILD/mpsandbox)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--subset", help="a file listing programs (category/name.py) to run")
    ap.add_argument("--results", help="write every program's class and reason here (JSON)")
    ap.add_argument("--expect", help="fail on a program this results file records as same that is not")
    ap.add_argument("--timeout", type=int, default=60, help="seconds per program and side")
    ap.add_argument("--docs", action="store_true", help="write the table into docs/COMPATIBILITY.md")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every program that is not the same")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    TIMEOUT = args.timeout
    cli = os.path.abspath(args.cli or os.path.join(args.build, "mpsandbox"))
    cache = os.path.join(os.path.abspath(args.build), "compat-cache")
    names = programs(args)

    def one(name):
        path = os.path.join(CORPUS, name)
        ref = cpython(path, cache)
        got = sandbox(path, cli)
        cls, reason = classify(ref, got)
        return name, {"class": cls, "reason": reason}

    with ThreadPool(args.jobs) as pool:
        results = dict(pool.map(one, names))
    if args.verbose:
        for name, r in sorted(results.items()):
            if r["class"] != "same":
                print(f"{r['class']:5}  {name}: {r['reason']}")
    text = table(results)
    print(text)
    if args.results:
        with open(args.results, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1, sort_keys=True)
            f.write("\n")
    if args.docs:
        update_docs(text)
    if args.expect:
        with open(args.expect, encoding="utf-8") as f:
            expected = json.load(f)
        bad = []
        for name, r in sorted(results.items()):
            old = expected.get(name, {}).get("class")
            if old == "same" and r["class"] != "same":
                bad.append(f"regression: {name} is {r['class']}: {r['reason']}")
            elif r["class"] == "wrong" and old != "wrong":
                print(f"note: new silent wrong answer: {name}: {r['reason']}")
        for b in bad:
            print(b)
        if bad:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
