# unittest as CPython's: TestCase assertions and their failure messages, setUp/tearDown,
# class fixtures, subTest, skip, expectedFailure, assertRaises as a context manager,
# loaders, suites and the text runner; unittest.main() with exit=False.
import io
import re
import unittest

log = []


def messages(text):
    # the failure's message without the traceback lines (file lines, source, carets)
    out = []
    for line in text.splitlines():
        if line.startswith("Traceback") or line.startswith("  "):
            continue
        out.append(line)
    return "\n".join(out)


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("a")

    def test_b(self):
        log.append("b")


class Assertions(unittest.TestCase):
    maxDiff = None

    def test_equal_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_equal_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_equal_str_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTwo\nthree\n")

    def test_equal_tuple(self):
        self.assertEqual((1, "x"), (1, "y"), "with a message")

    def test_equal_set(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_true(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(None, 0)

    def test_is_none(self):
        self.assertIsNone("x")

    def test_in(self):
        self.assertIn(4, [1, 2, 3])

    def test_not_in(self):
        self.assertNotIn("a", "abc")

    def test_isinstance(self):
        self.assertIsInstance(3, str)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_places(self):
        self.assertAlmostEqual(1.0, 1.0001, places=3)
        self.assertAlmostEqual(1.0, 1.01, delta=0.001)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_less_equal(self):
        self.assertLessEqual(3, 2)

    def test_regex(self):
        self.assertRegex("hello", r"^h\d")

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_multiline_equal(self):
        self.assertMultiLineEqual("a\nb\n", "a\nc\n")

    def test_sequence_lengths(self):
        self.assertListEqual([1, 2], [1, 2, 3])

    def test_raises_none(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            int("x")

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "base 16"):
            int("x")

    def test_fail(self):
        self.fail("explicit failure")

    def test_error(self):
        {}["missing"]

    def test_passes(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertRaises(TypeError, len, 5)
        with self.assertRaisesRegex(ValueError, r"invalid literal"):
            int("z")
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertCountEqual("abc", "cab")
        self.assertDictEqual({}, {})
        self.assertIsNot([], [])
        self.assertIsNotNone(0)
        self.assertNotIsInstance(1, str)
        self.assertNotRegex("abc", r"\d")


class Special(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertEqual(i % 2, 0)

    @unittest.skip("not today")
    def test_skipped(self):
        raise AssertionError("never runs")

    @unittest.skipIf(True, "condition holds")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition fails")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass


def run(*classes, verbosity=2):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in TIME", stream.getvalue())
    return result, text


result, text = run(Fixtures)
print(log)
print(result.wasSuccessful(), result.testsRun)
print(text)

result, text = run(Assertions, Special, Skipped)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(messages(text))
for test, reason in result.skipped:
    print("skipped:", test.id(), reason)

# the loader: names, prefixes, suites from names
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Special))
suite = loader.loadTestsFromNames(["Assertions.test_passes", "Fixtures"], __import__(__name__))
print(suite.countTestCases(), [t.id() for t in suite._tests[0]])

# unittest.main() over this module's tests, without exiting
stream = io.StringIO()
prog = unittest.main(argv=["prog", "Fixtures", "Special.test_subtests"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
print(prog.result.testsRun, len(prog.result.failures))
print(messages(re.sub(r"in [0-9.]+s", "in TIME", stream.getvalue())))

# a FunctionTestCase and the result's repr
ftc = unittest.FunctionTestCase(lambda: None, description="a function")
r = unittest.TestResult()
ftc.run(r)
print(r, ftc.shortDescription())
print(unittest.TestCase.longMessage, Assertions.maxDiff, unittest.TestCase.maxDiff)
