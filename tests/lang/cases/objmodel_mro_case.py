# C3 method resolution order: __mro__, mro(), super() along it, attribute lookup order,
# __bases__/__base__/__name__/__qualname__/__module__/__doc__, __subclasses__, errors.
class A:
    def __init__(self):
        print("A")
        super().__init__()


class B(A):
    def __init__(self):
        print("B")
        super().__init__()


class C(A):
    def __init__(self):
        print("C")
        super().__init__()


class D(B, C):
    def __init__(self):
        print("D")
        super().__init__()


D()
print(D.__mro__)
print(D.mro())
print(D.__bases__, D.__base__, A.__bases__, A.__base__, object.__bases__, object.__base__)
print(D.__name__, D.__qualname__, D.__module__, A.__dict__["__module__"])
print(A.__subclasses__(), D.__subclasses__())


# lookup follows the MRO, not depth-first
class P1:
    x = "P1"

    def who(self):
        return "P1.who"


class P2(P1):
    pass


class P3(P1):
    x = "P3"

    def who(self):
        return "P3.who"


class P4(P2, P3):
    pass


print(P4.x, P4().x, P4().who(), [k.__name__ for k in P4.__mro__])


# the classic C3 example
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C2(Dd, F): pass
class B2(Dd, E): pass
class A2(B2, C2): pass
print([k.__name__ for k in A2.__mro__])


# cooperative keyword arguments along the MRO
class Base:
    def __init__(self, **kw):
        print("Base rest", sorted(kw))
        super().__init__()


class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)


class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)


class Both(Left, Right):
    pass


Both(left=1, right=2)
try:
    Both(left=1, right=2, extra=3)
except TypeError as e:
    print("TypeError", e)


# super() in classmethods and with explicit arguments
class K1:
    @classmethod
    def make(cls):
        return "K1.make " + cls.__name__


class K2(K1):
    @classmethod
    def make(cls):
        return "K2>" + super().make()


class K3(K2):
    pass


print(K3.make(), super(K2, K3).make(), super(K1, K3()).__init__ is not None)


# nested classes and their qualified names
class Outer:
    class Inner:
        class Deep:
            pass

    class Other:
        pass


print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Other.__qualname__, Outer.Inner.__name__)


class Doc:
    "docstring here"


class Sub(Doc):
    pass


print(Doc.__doc__, Sub.__doc__, O.__doc__)

# built-in types
print(int.__mro__, bool.__mro__, object.__mro__, type.__mro__)


class Err(ValueError):
    pass


class Dct(dict):
    pass


print(Err.__mro__)
print(Dct.__mro__, Dct.__bases__, type(Dct.__mro__).__name__)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), A), issubclass(bool, object))
print(issubclass(bool, int), isinstance(True, int), isinstance(False, (str, int)), issubclass(int, bool))

# inconsistent hierarchies
class X: pass
class Y: pass
class Z(X, Y): pass


for bases in [(Y, Z), (X, X), (Z, X)]:
    try:
        type("W", bases, {})
    except TypeError as e:
        print("TypeError", e)
try:
    class W3(object, X):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class W4(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class W5(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    super(A, 2)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
