# A built-in left operand and an instance of a subclass of a built-in type on the right:
# the built-in operation takes it as one of its own; otherwise the TypeError names the
# subclass. Reflected methods defined by the class still come first; divmod falls back
# to __rdivmod__.
from fractions import Fraction

class Tag(str):
    pass


class L(list):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class N(int):
    pass


class F(float):
    pass


class R(list):
    def __radd__(self, other):
        return "R.__radd__"


class D:
    def __rdivmod__(self, other):
        return ("D", other)


class Other:
    def __add__(self, other):
        return NotImplemented


for e in ["3 * Tag('ab')", "'x' + Tag('y')", "[0] + L([1])", "2 * L([1])", "(0,) + T((1,))", "b'a' + B(b'b')",
          "bytearray(b'a') + Tag('b')", "5 + Tag('a')", "'%s' % Tag('a')", "3 * T((1,))", "[1] * Tag('a')",
          "1 + N(2)", "2 ** N(3)", "7 // N(2)", "1 / N(0)", "1.5 * N(2)", "2 - F(0.5)", "[0] + R([1])",
          "Other() + L([1])", "None + L()", "(1,) + L([2])", "'a' * N(3)", "[0] * N(2)", "type(1 + N(2)).__name__",
          "type([0] + L([1])).__name__", "1j + N(1)", "{1} | frozenset()", "5 % F(3.0)", "divmod(7, N(2))",
          "divmod(7.5, F(2.0))", "divmod(7, Fraction(3, 2))", "divmod(7, D())", "divmod(7, Other())", "divmod(N(7), 2)"]:
    try:
        print(e, repr(eval(e)))
    except (TypeError, ZeroDivisionError) as ex:
        print(e, type(ex).__name__, ex)
