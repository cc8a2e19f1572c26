"""doctest on a program's own docstrings: passing and failing examples, testmod's
summary, run_docstring_examples, DocTestSuite through unittest, and the output checker's
options. The failing examples are in this module docstring (whose line numbers in the
reports do not depend on co_firstlineno, see the report):

>>> double(2)
5
>>> double('x')
Traceback (most recent call last):
    ...
TypeError: not an int
>>> print('a\\nb')
a
c
>>> double(3) == 6
True
"""
# The same source for CPython and the sandbox in the failure reports: a module whose
# source file cannot be found (doctest then numbers a module docstring's lines from 1).
__file__ = "<doctest_testmod_case>"
__loader__ = None
__spec__ = None

import doctest
import sys
import unittest


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b


def double(x):
    if not isinstance(x, int):
        raise TypeError("not an int")
    return x * 2


def raises(x):
    """
    >>> raises(0)
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    KeyError: 0
    >>> raises(1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    KeyError: 1
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b')  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> x = 5
    >>> x
    5
    >>> None
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    raise KeyError(x)


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(3)
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


def only_good():
    """
    >>> only_good()
    'good'
    """
    return 'good'


print(doctest.testmod())
print(doctest.testmod(verbose=False, report=False))
print("--- run_docstring_examples")
doctest.run_docstring_examples(add, {"add": add}, name="add")
doctest.run_docstring_examples(sys.modules[__name__], {"double": double}, name="wrong")
doctest.run_docstring_examples(only_good, {"only_good": only_good}, verbose=True, name="only_good")
print("--- verbose")
finder = doctest.DocTestFinder()
tests = finder.find(only_good, "only_good", globs={"only_good": only_good})
print([(t.name, len(t.examples)) for t in tests])
runner = doctest.DocTestRunner(verbose=True)
for t in tests:
    runner.run(t)
runner.summarize(verbose=True)
print("--- parser")
parser = doctest.DocTestParser()
for ex in parser.get_examples(">>> 1 + 1\n2\n>>> x = [\n...   1]\n"):
    print(repr(ex.source), repr(ex.want), ex.lineno, ex.indent)
test = parser.get_doctest(">>> print(3)\n3\n", {}, "t", "t.py", 0)
print(test, doctest.DocTestRunner(verbose=False).run(test))
print("--- checker")
c = doctest.OutputChecker()
print(c.check_output("1\n", "1\n", 0), c.check_output("1...\n", "123\n", doctest.ELLIPSIS),
      c.check_output("True\n", "1\n", 0), c.check_output("True\n", "1\n", doctest.DONT_ACCEPT_TRUE_FOR_1))
print("--- DocTestSuite")
suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, len(res.failures), len(res.errors))
print("--- report only first failure")
r = doctest.DocTestRunner(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
t = parser.get_doctest(sys.modules[__name__].__doc__, {"double": double}, "first", "first.py", 10)
print(r.run(t))
r = doctest.DocTestRunner(optionflags=doctest.REPORT_NDIFF)
t = parser.get_doctest(">>> print('abc\\ndef')\nabc\ndxf\n", {}, "nd", "nd.py", 0)
print(r.run(t))
