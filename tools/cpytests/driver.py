# The guest side of tools/cpytests/run.py: imports one of CPython's test modules, loads its
# tests with unittest's loader (the load_tests protocol included, as regrtest does) and runs
# them with a result class that reports every outcome as one line on the original stdout:
#     @@CPT {"ev": "ok"|"fail"|"error"|"skip"|"xfail"|"xpass"|"start"|..., ...}
# run.py prepends the settings (CPT_MODULE, CPT_PATHS, CPT_SKIP) and reads the lines back,
# so that a run the sandbox stops (timeout, memory) still counts what it got through. The
# same file runs in CPython for the reference counts.
import sys

for _p in reversed(CPT_PATHS):  # noqa: F821 (set by run.py)
    sys.path.insert(0, _p)


def _add_unittest_tests(where="/cpy/unittest_test"):
    # The guest freezes unittest without its tests (the package unittest.test, which
    # test_unittest runs); run.py mounts CPython's at `where`: make them that subpackage.
    import os
    if "unittest.test" in sys.modules or not os.path.isfile(where + "/__init__.py"):
        return
    import types
    import unittest
    m = types.ModuleType("unittest.test")
    m.__path__ = where if isinstance(unittest.__path__, str) else [where]
    m.__file__ = where + "/__init__.py"
    sys.modules["unittest.test"] = m
    unittest.test = m
    with open(m.__file__) as f:
        exec(compile(f.read(), m.__file__, "exec"), m.__dict__)


if CPT_MODULE == "test_unittest":  # noqa: F821
    _add_unittest_tests()

_out = sys.stdout
_done = set(CPT_SKIP)  # noqa: F821 (test ids an earlier, stopped run already reported)


def _emit(ev, **kw):
    import json
    kw["ev"] = ev
    _out.write("@@CPT " + json.dumps(kw) + "\n")
    try:
        _out.flush()
    except Exception:
        pass


def _why(err):
    # The exception's type and the first line of its message: the cause, grouped by run.py.
    tp, val, tb = err
    try:
        msg = str(val)
    except Exception as e:  # a message that cannot be made is itself a finding
        msg = "<str() failed: %s>" % type(e).__name__
    first = msg.strip().splitlines()[0] if msg.strip() else ""
    where = ""
    try:
        # the innermost frame that is not unittest's own: where it went wrong
        while tb is not None:
            f = tb.tb_frame.f_code.co_filename
            if "unittest" not in f:
                where = "%s:%d" % (f.rsplit("/", 1)[-1], tb.tb_lineno)
            tb = tb.tb_next
    except Exception:
        pass
    return {"type": getattr(tp, "__name__", str(tp)), "msg": first[:300], "where": where}


def _main():
    try:
        import unittest
    except BaseException as e:
        _emit("import-error", why={"type": type(e).__name__, "msg": "import unittest: " + str(e)[:300]})
        return

    class Result(unittest.TestResult):
        def __init__(self):
            super().__init__()
            self._bad = None
            self._cur = None  # the running test: errors outside it are fixtures' or imports'

        def startTest(self, test):
            super().startTest(test)
            self._bad = None
            self._cur = test.id()
            _emit("start", id=test.id())

        def stopTest(self, test):
            super().stopTest(test)
            if self._bad is not None:
                _emit(self._bad[0], id=test.id(), why=self._bad[1])
            self._cur = None

        def _set(self, kind, why):
            if self._bad is None or (self._bad[0] == "fail" and kind == "error"):
                self._bad = (kind, why)

        def addSuccess(self, test):
            super().addSuccess(test)
            if self._bad is None:
                _emit("ok", id=test.id())

        def addError(self, test, err):
            super().addError(test, err)
            tid = test.id() if hasattr(test, "id") else str(test)
            if isinstance(test, unittest.TestCase) and tid == self._cur:
                self._set("error", _why(err))
            else:
                # an error outside a running test: a class or module fixture, a failed import
                _emit("error", id=tid, why=_why(err))

        def addFailure(self, test, err):
            super().addFailure(test, err)
            self._set("fail", _why(err))

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                kind = "fail" if issubclass(err[0], test.failureException) else "error"
                self._set(kind, _why(err))

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            _emit("skip", id=test.id() if hasattr(test, "id") else str(test), why={"type": "skip", "msg": str(reason)[:300]})

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            _emit("xfail", id=test.id())

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            _emit("xpass", id=test.id())

    if sys.implementation.name == "micropython":
        # the sandbox's stand-ins for test.support modules that start processes (shims/)
        try:
            import test.support
            import _cpt_script_helper
            sys.modules["test.support.script_helper"] = _cpt_script_helper
            test.support.script_helper = _cpt_script_helper
        except BaseException as e:
            _emit("import-error", why={"type": type(e).__name__, "msg": "import test.support: " + str(e)[:300]})
            return

    name = "test." + CPT_MODULE  # noqa: F821
    try:
        __import__(name)
        mod = sys.modules[name]
    except BaseException as e:
        import traceback
        tb = traceback.extract_tb(e.__traceback__)
        where = "%s:%d" % (tb[-1].filename.rsplit("/", 1)[-1], tb[-1].lineno) if tb else ""
        _emit("import-error", why={"type": type(e).__name__, "msg": str(e).strip().split("\n")[0][:300], "where": where})
        return
    loader = unittest.TestLoader()
    try:
        suite = loader.loadTestsFromModule(mod)
    except BaseException as e:
        _emit("import-error", why={"type": type(e).__name__, "msg": "loading the tests: " + str(e)[:300]})
        return
    for e in loader.errors:
        _emit("load-error", why={"type": "load", "msg": e.strip().splitlines()[-1][:300]})

    def prune(s):
        # drop the tests an earlier run already reported
        kept = []
        for t in s:
            if isinstance(t, unittest.TestSuite):
                prune(t)
                kept.append(t)
            elif t.id() not in _done and type(t).__name__ != "_FailedTest":
                kept.append(t)
        s._tests = kept

    # tests that failed to load were reported as load errors above
    prune(suite)
    _emit("begin", count=suite.countTestCases())
    result = Result()
    try:
        suite.run(result)
    except BaseException as e:
        # unittest itself failed (not a test): the harness counts the running test as an
        # error with this reason and goes on after it
        _emit("runner-error", why=_why((type(e), e, e.__traceback__)))
        return
    _emit("end")


_main()
