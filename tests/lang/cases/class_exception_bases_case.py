# Two built-in exception bases (decimal's FloatOperation, DivisionByZero) and a name listed
# twice in __slots__ (datetime's __slots__ = date.__slots__ + time.__slots__): patch 0095.
class DecimalException(ArithmeticError):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


print([c.__name__ for c in FloatOperation.__mro__])
print(isinstance(FloatOperation(), TypeError), issubclass(DivisionByZero, ArithmeticError))
for exc, catch in ((FloatOperation, TypeError), (DivisionByZero, ZeroDivisionError), (DivisionByZero, DecimalException)):
    try:
        raise exc("boom", 2)
    except catch as e:
        print(type(e).__name__, e.args, str(e))


class LookupAndValue(KeyError, ValueError):
    pass


try:
    raise LookupAndValue("k")
except ValueError as e:
    print("ValueError caught", type(e).__name__, e.args)


class S:
    __slots__ = ("a", "b", "a")


s = S()
s.a = 1
s.b = 2
print(s.a, s.b, S.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError")


class T(S):
    __slots__ = ("c",) + ("d", "c")


t = T()
t.a, t.c, t.d = 1, 3, 4
print(t.a, t.c, t.d)
for bases in ((int, str), (list, dict), (Exception, int)):
    try:
        type("X", bases, {})
        print("ok")
    except TypeError as e:
        print("TypeError", e)
