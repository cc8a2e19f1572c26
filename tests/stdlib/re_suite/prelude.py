# Runs CPython's own test suite for `re` (Lib/test/test_re.py and Lib/test/re_tests.py from
# Debian's libpython3.11-testsuite, read by test_re_suite.py at test time) inside a
# session: a small unittest, test.support and warnings stand in for CPython's, then the
# suite's source is executed as the module `test.test_re`, and each test runs in an exec
# of its own (_run_test), so that one that exhausts its fuel or time stops alone.
import sys
import builtins

try:
    _Warning = Warning
except NameError:
    _Warning = builtins.Warning = type("Warning", (Exception,), {})
for _n in ("UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
           "FutureWarning", "RuntimeWarning", "SyntaxWarning", "BytesWarning", "ResourceWarning"):
    try:
        eval(_n)
    except NameError:
        setattr(builtins, _n, type(_n, (_Warning,), {}))


class _Module:
    def __init__(self, name, **attrs):
        self.__name__ = name
        for k, v in attrs.items():
            setattr(self, k, v)


class SkipTest(Exception):
    pass


class _Failure(Exception):
    pass


def _exc_matches(e, exc):
    if isinstance(exc, tuple):
        return any(isinstance(e, x) for x in exc)
    return isinstance(e, exc)


class _RaisesContext:
    def __init__(self, case, exc, regex=None):
        self.case = case
        self.expected = exc
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, tp, val, tb):
        if tp is None:
            name = getattr(self.expected, "__name__", str(self.expected))
            raise AssertionError("%s not raised" % name)
        if not _exc_matches(val, self.expected):
            return False
        self.exception = val
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(val)):
                raise AssertionError('"%s" does not match "%s"' % (self.regex, str(val)))
        return True


_catchers = []


class _WarnsContext:
    # records the warnings of the block (no file and line: the shim does not know them)
    def __init__(self, case, category, regex=None):
        self.case = case
        self.category = category
        self.regex = regex
        self.warning = None
        self.warnings = []
        self.filename = "?"
        self.lineno = 0

    def __enter__(self):
        _catchers.append(self)
        return self

    def __exit__(self, tp, val, tb):
        _catchers.remove(self)
        if tp is not None:
            return False
        for w in self.warnings:
            if _exc_matches(w, self.category):
                if self.regex is not None:
                    import re
                    if not re.search(self.regex, str(w)):
                        continue
                self.warning = w
                return False
        raise AssertionError("%s not triggered" % getattr(self.category, "__name__", self.category))


class _SubTest:
    def __init__(self, case, desc):
        self.case = case
        self.desc = desc

    def __enter__(self):
        return self

    def __exit__(self, tp, val, tb):
        if tp is None:
            return False
        if issubclass(tp, SkipTest):
            return True
        if issubclass(tp, AssertionError):
            self.case._subfailures.append("%s: %s" % (self.desc, val))
            return True
        if issubclass(tp, Exception) and not issubclass(tp, _Failure):
            self.case._subfailures.append("%s: %s: %s" % (self.desc, tp.__name__, val))
            return True
        return False


class TestCase:
    maxDiff = None
    longMessage = True

    def __init__(self, name="runTest"):
        self._name = name
        self._subfailures = []

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def addCleanup(self, f, *a, **k):
        self._cleanups = getattr(self, "_cleanups", [])
        self._cleanups.append((f, a, k))

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        desc = msg if msg is not None else ""
        if params:
            desc = "%s %r" % (desc, params)
        return _SubTest(self, desc)

    def fail(self, msg=None):
        raise AssertionError(msg or "fail")

    def _msg(self, msg, std):
        return std if msg is None else "%s : %s" % (std, msg)

    def assertEqual(self, a, b, msg=None):
        if not a == b:
            raise AssertionError(self._msg(msg, "%r != %r" % (a, b)))

    def assertNotEqual(self, a, b, msg=None):
        if a == b:
            raise AssertionError(self._msg(msg, "%r == %r" % (a, b)))

    def assertTrue(self, x, msg=None):
        if not x:
            raise AssertionError(self._msg(msg, "%r is not true" % (x,)))

    def assertFalse(self, x, msg=None):
        if x:
            raise AssertionError(self._msg(msg, "%r is not false" % (x,)))

    def assertIs(self, a, b, msg=None):
        if a is not b:
            raise AssertionError(self._msg(msg, "%r is not %r" % (a, b)))

    def assertIsNot(self, a, b, msg=None):
        if a is b:
            raise AssertionError(self._msg(msg, "unexpectedly identical: %r" % (a,)))

    def assertIsNone(self, x, msg=None):
        if x is not None:
            raise AssertionError(self._msg(msg, "%r is not None" % (x,)))

    def assertIsNotNone(self, x, msg=None):
        if x is None:
            raise AssertionError(self._msg(msg, "unexpectedly None"))

    def assertIn(self, a, b, msg=None):
        if a not in b:
            raise AssertionError(self._msg(msg, "%r not found in %r" % (a, b)))

    def assertNotIn(self, a, b, msg=None):
        if a in b:
            raise AssertionError(self._msg(msg, "%r unexpectedly found in %r" % (a, b)))

    def assertIsInstance(self, x, cls, msg=None):
        if not isinstance(x, cls):
            raise AssertionError(self._msg(msg, "%r is not an instance of %r" % (x, cls)))

    def assertNotIsInstance(self, x, cls, msg=None):
        if isinstance(x, cls):
            raise AssertionError(self._msg(msg, "%r is an instance of %r" % (x, cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            raise AssertionError(self._msg(msg, "%r not greater than %r" % (a, b)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            raise AssertionError(self._msg(msg, "%r not less than %r" % (a, b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            raise AssertionError(self._msg(msg, "%r not greater than or equal to %r" % (a, b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            raise AssertionError(self._msg(msg, "%r not less than or equal to %r" % (a, b)))

    def assertCountEqual(self, a, b, msg=None):
        a, b = list(a), list(b)
        for x in a:
            if x in b:
                b.remove(x)
            else:
                raise AssertionError(self._msg(msg, "element counts differ: %r" % (x,)))
        if b:
            raise AssertionError(self._msg(msg, "element counts differ: %r" % (b,)))

    def assertRegex(self, text, regex, msg=None):
        import re
        if not re.search(regex, text):
            raise AssertionError(self._msg(msg, "Regex didn't match: %r not found in %r" % (regex, text)))

    def assertRaises(self, exc, *args, **kwargs):
        ctx = _RaisesContext(self, exc)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)

    def assertRaisesRegex(self, exc, regex, *args, **kwargs):
        ctx = _RaisesContext(self, exc, regex)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)

    def assertWarns(self, category, *args, **kwargs):
        ctx = _WarnsContext(self, category)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)

    def assertWarnsRegex(self, category, regex, *args, **kwargs):
        ctx = _WarnsContext(self, category, regex)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)

    def assertAlmostEqual(self, a, b, places=7, msg=None):
        if round(abs(a - b), places) != 0:
            raise AssertionError(self._msg(msg, "%r != %r within %r places" % (a, b, places)))


def skip(reason):
    def deco(f):
        def skipped(*a, **k):
            raise SkipTest(reason)
        return skipped
    return deco


def skipIf(cond, reason):
    if cond:
        return skip(reason)
    return lambda f: f


def skipUnless(cond, reason):
    return skipIf(not cond, reason)


def expectedFailure(f):
    def wrapper(self, *a, **k):
        try:
            f(self, *a, **k)
        except Exception:
            raise SkipTest("expected failure")
        raise AssertionError("unexpected success")
    return wrapper


def _cpython_only(f):
    # run them too: _sre is meant to be CPython's
    return f


def _bigmemtest(size, memuse, dry_run=True):
    return skip("big memory test")


class _CapturedStdout:
    def __enter__(self):
        import io
        self._old = sys.stdout
        self.buf = io.StringIO()
        sys.stdout = self.buf
        return self.buf

    def __exit__(self, *a):
        sys.stdout = self._old
        return False


def _check_disallow_instantiation(case, tp, *args, **kwds):
    case.assertRaises(TypeError, tp, *args, **kwds)


def _gc_collect():
    import gc
    gc.collect()


class _CatchWarnings:
    def __init__(self, record=False, **k):
        self.record = record

    def __enter__(self):
        return [] if self.record else None

    def __exit__(self, *a):
        return False


def _warn(message, category=None, stacklevel=1):
    if category is None:
        category = UserWarning
    if _catchers:
        _catchers[-1].warnings.append(category(message))
    else:
        print("%s: %s" % (getattr(category, "__name__", "UserWarning"), message), file=sys.stderr)


unittest = _Module("unittest", TestCase=TestCase, SkipTest=SkipTest, skip=skip, skipIf=skipIf,
                   skipUnless=skipUnless, expectedFailure=expectedFailure, main=lambda: None)
support = _Module("test.support", gc_collect=_gc_collect, bigmemtest=_bigmemtest, _2G=2 ** 31,
                  cpython_only=_cpython_only, captured_stdout=_CapturedStdout,
                  check_disallow_instantiation=_check_disallow_instantiation,
                  is_emscripten=False, is_wasi=True, SHORT_TIMEOUT=30.0)
warnings = _Module("warnings", warn=_warn, catch_warnings=_CatchWarnings,
                   simplefilter=lambda *a, **k: None, filterwarnings=lambda *a, **k: None)
locale = _Module("locale", LC_CTYPE=0, LC_ALL=6, setlocale=lambda *a: "C.UTF-8",
                 getpreferredencoding=lambda do_setlocale=True: "UTF-8", Error=Exception)
weakref = _Module("weakref", proxy=lambda o: o, ref=lambda o: (lambda: o))
import time as _time
time = _Module("time", time=_time.time, sleep=_time.sleep,
               perf_counter=getattr(_time, "perf_counter", _time.time))
test = _Module("test", support=support)
for _name, _mod in (("unittest", unittest), ("test", test), ("test.support", support),
                    ("warnings", warnings), ("locale", locale), ("weakref", weakref),
                    ("time", time)):
    if _name == "time" or _name not in sys.modules:
        sys.modules[_name] = _mod

_classes = []


def _load(test_re_source, re_tests_source):
    g = {"__name__": "test.re_tests"}
    exec(re_tests_source, g)
    re_tests = _Module("test.re_tests", **{k: v for k, v in g.items() if not k.startswith("__")})
    test.re_tests = re_tests
    sys.modules["test.re_tests"] = re_tests
    g = {"__name__": "test.test_re", "__file__": "test_re.py"}
    exec(test_re_source, g)
    names = []
    for k, v in g.items():
        if isinstance(v, type) and issubclass(v, TestCase) and v is not TestCase:
            _classes.append(v)
            for a in dir(v):
                if a.startswith("test"):
                    names.append(k + "." + a)
    print("\n".join(sorted(names)))


def _where(e):
    # the innermost line of the test module in the traceback
    import io
    buf = io.StringIO()
    sys.print_exception(e, buf)
    lines = [l.strip() for l in buf.getvalue().splitlines() if "line" in l]
    return "[" + " / ".join(lines[-3:]) + "]"


def _run_test(name):
    cname, mname = name.split(".")
    for cls in _classes:
        if cls.__name__ == cname:
            break
    case = cls(mname)
    try:
        case.setUp()
        try:
            getattr(case, mname)()
        finally:
            case.tearDown()
            for f, a, k in reversed(getattr(case, "_cleanups", [])):
                f(*a, **k)
    except SkipTest as e:
        print("SKIP", e)
        return
    except AssertionError as e:
        print("FAIL", e, _where(e))
        return
    except Exception as e:
        print("ERROR %s: %s" % (type(e).__name__, e), _where(e))
        return
    if case._subfailures:
        print("FAIL subtests: " + " | ".join(case._subfailures[:60]))
        return
    print("PASS")
