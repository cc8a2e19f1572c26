# C.__bases__ = (...): the MRO of the class and of its subclasses follows, lookups and
# super() use it, isinstance/issubclass see it; CPython's errors for what cannot be.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def only_b(self):
        return "only B"


class Mixin:
    def extra(self):
        return "extra " + super().who()


class C(A):
    pass


class D(C):
    def who(self):
        return "D>" + super().who()


d = D()
print(C.__bases__, C.__mro__)
print(d.who())
C.__bases__ = (B,)
print(C.__bases__, C.__base__, C.__mro__)
print(D.__mro__)
print(d.who(), d.only_b(), isinstance(d, A), isinstance(d, B), issubclass(D, A), issubclass(C, B))
print(A.__subclasses__(), B.__subclasses__())
C.__bases__ = (Mixin, A)
print(C.__mro__, D.__mro__)
print(d.who(), d.extra(), hasattr(d, "only_b"))
C.__bases__ = (A,)
print(C.__mro__, D.__mro__, d.who())
# the same bases again (typing.NamedTuple does this)
C.__bases__ = C.__bases__
print(C.__bases__)


class T(tuple):
    pass


class Base2(tuple):
    def first(self):
        return self[0]


try:
    T.__bases__ = (Base2,)
except TypeError as e:
    print("TypeError:", e)
print(T.__mro__)


class Base3(Base2):
    pass


class T2(Base2):
    pass


class Other(tuple):
    def first(self):
        return "other"


T2.__bases__ = (Base3,)
print(T2((5, 6)).first(), T2.__mro__)


class TS(tuple):
    pass


TS.__bases__ = (tuple,)
print(TS.__mro__)


# errors
class E:
    pass


class Slotted:
    __slots__ = ("a",)


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


def setb(cls, value):
    cls.__bases__ = value


attempt("list", lambda: setb(E, [object]))
attempt("empty", lambda: setb(E, ()))
attempt("non-class", lambda: setb(E, (1,)))
attempt("cycle", lambda: setb(C, (D,)))
attempt("self", lambda: setb(C, (C,)))
attempt("int layout", lambda: setb(E, (int,)))
attempt("slots layout", lambda: setb(E, (Slotted,)))
attempt("builtin", lambda: setb(int, (object,)))
attempt("delete", lambda: delattr(E, "__bases__"))
attempt("duplicate", lambda: setb(E, (A, A)))


class X:
    pass


class Y(X):
    pass


class Z(X):
    pass


class W(Y, Z):
    pass


# a new order for X's subclass W's bases cannot be linearised: nothing changes
attempt("mro conflict", lambda: setb(Z, (Y,)))
print(Z.__bases__, W.__mro__)
attempt("final", lambda: setb(E, (bool,)))
attempt("object base", lambda: setb(E, (A,)))
attempt("to object", lambda: setb(C, (object,)))
attempt("exception", lambda: setb(type("K", (Exception,), {}), (ValueError,)))
attempt("exception class", lambda: setb(type("K", (ValueError,), {}), (type("V", (Exception,), {}),)))
attempt("list", lambda: setb(type("K", (list,), {}), (type("L", (list,), {}),)))


class P:
    pass


class Q(P):
    __slots__ = ("a",)


class R(P):
    __slots__ = ("b",)


class S2(P):
    __slots__ = ("a", "b")


class U(Q):
    pass


attempt("same slots", lambda: setb(U, (R,)))
print(U.__mro__)
attempt("more slots", lambda: setb(U, (S2,)))


class Meta(type):
    pass


class M1(metaclass=Meta):
    pass


class M2(M1):
    pass


class M3(M1):
    pass


class M4(M2):
    pass


M4.__bases__ = (M3,)
print(M4.__mro__, type(M4))
