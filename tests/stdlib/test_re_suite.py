"""CPython's own test suite for `re` in the sandbox.

Lib/test/test_re.py and Lib/test/re_tests.py come from Debian's libpython3.11-testsuite
(scripts/setup installs it; they are read here, never copied into the repository).
re_suite/prelude.py stands in for unittest, test.support and warnings inside a session,
loads the suite there and runs each test in an exec of its own. re_suite/expected.txt lists
the tests that do not pass, each with the reason; every other test must pass, and a
listed test that passes is reported so that the list is kept short.

Run as a script for the table of results: python3 tests/stdlib/test_re_suite.py [-v] [names]
(PYTHONPATH=build/python).
"""
import os
import pathlib
import sys

import pytest

HERE = pathlib.Path(__file__).parent / "re_suite"
LIB = pathlib.Path(os.environ.get("MPSANDBOX_CPYTHON_TESTS", "/usr/lib/python3.11/test"))


def expected_failures():
    out = {}
    for line in (HERE / "expected.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, reason = line.partition(" ")
            out[name] = reason.strip()
    return out


def without_name_escapes(source):
    """\\N{...} in the suite's (non-raw) string literals as \\u/\\U escapes: MicroPython's
    lexer does not know character names yet. Raw strings keep theirs, for the re parser."""
    import io
    import re
    import tokenize
    import unicodedata

    def code(m):
        c = ord(unicodedata.lookup(m.group(1)))
        return "\\u%04x" % c if c < 0x10000 else "\\U%08x" % c

    out = []
    last = (1, 0)
    lines = source.splitlines(True)
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING:
            prefix = re.match(r"[a-zA-Z]*", tok.string).group().lower()
            if "r" not in prefix and "\\N{" in tok.string:
                start, end = tok.start, tok.end
                text = re.sub(r"(?<!\\)((?:\\\\)*)\\N\{([^}]*)\}",
                              lambda m: m.group(1) + code(type("M", (), {"group": lambda s, i: m.group(2)})()),
                              tok.string)
                out.append((start, end, text))
    if not out:
        return source
    # rebuild: replace the spans (line, col) of those tokens
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    result = []
    pos = 0
    for start, end, text in out:
        a = offsets[start[0] - 1] + start[1]
        b = offsets[end[0] - 1] + end[1]
        result.append(source[pos:a])
        result.append(text)
        pos = b
    result.append(source[pos:])
    return "".join(result)


def run_suite(names=None, verbose=False):
    import mpsandbox
    limits = mpsandbox.Limits()
    limits.timeout_ms = 20000
    limits.memory_bytes = 512 << 20
    session = mpsandbox.Session(limits)
    test_re = without_name_escapes((LIB / "test_re.py").read_text())
    re_tests = without_name_escapes((LIB / "re_tests.py").read_text())
    program = (HERE / "prelude.py").read_text() + "\n_load(%r, %r)\n" % (test_re, re_tests)
    r = session.exec(program)
    assert r.ok, r.stderr + (r.error.traceback if r.error else "")
    all_names = r.stdout.split()
    results = {}
    for name in names or all_names:
        r = session.exec("_run_test(%r)" % name)
        if r.ok:
            line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else "ERROR no output"
        else:
            tb = (r.error.traceback.strip() if r.error else "") or str(r.status)
            line = "ERROR " + tb.splitlines()[-1] + " " + r.stderr[-300:]
            # a session stopped by its limits may not run again
            session = mpsandbox.Session(limits)
            r2 = session.exec(program)
            assert r2.ok
        results[name] = line
        if verbose:
            print(name, line[:3000], flush=True)
    return results


@pytest.mark.skipif(not (LIB / "test_re.py").exists(), reason="libpython3.11-testsuite not installed")
def test_re_suite():
    expected = expected_failures()
    results = run_suite()
    unexpected = {n: r for n, r in results.items()
                  if not r.startswith(("PASS", "SKIP")) and n not in expected}
    fixed = sorted(n for n in expected if results.get(n, "").startswith("PASS"))
    passed = sum(r.startswith("PASS") for r in results.values())
    print("test_re: %d of %d pass, %d skipped" % (
        passed, len(results), sum(r.startswith("SKIP") for r in results.values())))
    if fixed:
        print("now passing (remove from re_suite/expected.txt):", " ".join(fixed))
    assert not unexpected, "\n".join("%s: %s" % (n, r[:500]) for n, r in sorted(unexpected.items()))


if __name__ == "__main__":
    args = sys.argv[1:]
    verbose = "-v" in args
    names = [a for a in args if a != "-v"]
    res = run_suite(names or None, verbose=verbose)
    expected = expected_failures()
    counts = {}
    for n, r in sorted(res.items()):
        kind = r.split()[0]
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in ("PASS", "SKIP") and not verbose:
            print(n, r[:300], "(expected)" if n in expected else "")
    print(counts)
