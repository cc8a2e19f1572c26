# How special methods found on a class are called: __get__ unbound with (descr, obj, owner)
# whatever object defines it; __set__/__delete__/__set_name__/__getattr__/__getattribute__/
# __setattr__ bound as attribute access binds them (functions get self, staticmethods and
# callable objects do not); methods inherited from a built-in base (property, classmethod,
# staticmethod subclasses) work on the built-in part.
import abc


class P(property):
    pass


class C:
    @P
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        print("set", v)


c = C()
c.x = 5
print(c.x, isinstance(C.__dict__["x"], property))


class CM(classmethod):
    def __init__(self, f):
        print("CM init", f.__name__)
        super().__init__(f)


class SM(staticmethod):
    pass


class D:
    @CM
    def f(cls, x=0):
        return (cls.__name__, x)

    @SM
    def g(x):
        return x * 2


print(D.f(1), D().f(2), type(D.__dict__["f"]).__name__, isinstance(D.__dict__["f"], classmethod))
print(D.__dict__["f"].__func__.__name__, D.g(2), D().g("ab"))


class Getter:
    def __call__(self, *args):
        return ("called", len(args), args[0].__class__.__name__)


class Desc:
    __get__ = Getter()


class E:
    d = Desc()


print(E().d, E.d)


class Desc2:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__)

    def __set__(self, obj, value):
        print("__set__", type(obj).__name__, value)

    def __delete__(self, obj):
        print("__delete__", type(obj).__name__)

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)


class F:
    d = Desc2()


f = F()
f.d = 3
del f.d
print(F.d, f.d)


class StaticGetattr:
    @staticmethod
    def __getattr__(name):
        return "static " + name


class LambdaGetattr:
    __getattr__ = lambda self, name: name.upper()


class CallableGetattr:
    class _Hook:
        def __call__(self, name):
            return "hook " + name
    __getattr__ = _Hook()


print(StaticGetattr().bar, LambdaGetattr().xy, CallableGetattr().zz)


class GA:
    z = 3

    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


print(GA().z, GA().boom)


class SA:
    @staticmethod
    def __setattr__(name, value):
        print("static setattr", name, value)


class SA2:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)

    def __delattr__(self, k):
        print("delattr", k)
        object.__delattr__(self, k)


SA().q = 1
s = SA2()
s.q = 2
print(s.q)
del s.q
print(hasattr(s, "q"))


class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)


d = AttrDict(a=1)
print(d.a, hasattr(d, "b"), list(d.keys()), d.get("a"), d == {"a": 1})


class L(list):
    def __getattr__(self, n):
        return n


lst = L([1])
lst.append(2)
print(lst.zz, lst)


class Meta(type):
    def __instancecheck__(cls, x):
        return x == 1


class H(metaclass=Meta):
    pass


print(isinstance(1, H), isinstance(2, H))


class A(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        pass

    @abc.abstractstaticmethod
    def st():
        pass

    @abc.abstractproperty
    def p(self):
        pass


class B(A):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def st():
        return "st"

    p = 5


print(sorted(A.__abstractmethods__), B.make(), B().make(), B.st(), B().p)
try:
    A()
except TypeError as e:
    print("TypeError", e)
