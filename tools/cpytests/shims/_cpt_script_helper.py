# Harness-only stand-in (tools/cpytests, never frozen into the guest) for
# test.support.script_helper in the sandbox: CPython's runs a Python interpreter in a
# subprocess, which a sandbox cannot (`import subprocess` fails there), so the module would
# not even import and take every test of the module importing it down. Here each of its
# functions skips the test that calls it, saying why; the test counts as skipped, not passed.
import unittest

_WHY = "script_helper: the sandbox runs no processes"


def _skip(*args, **kwargs):
    raise unittest.SkipTest(_WHY)


assert_python_ok = assert_python_failure = spawn_python = kill_python = _skip
run_python_until_end = run_test_script = make_script = make_zip_script = _skip
make_pkg = make_zip_pkg = _skip


def interpreter_requires_environment():
    return False
