"""A tiny assertion counter shared by the CLI tests; prints the 'N passed, N failed' line."""
import sys

_passed = 0
_failures = []


def check(cond, what, transcript=""):
    global _passed
    if cond:
        _passed += 1
    else:
        _failures.append(what)
        print("FAIL:", what)
        if transcript:
            print(transcript[-800:])


def finish():
    print("%d passed, %d failed" % (_passed, len(_failures)))
    sys.exit(1 if _failures else 0)
