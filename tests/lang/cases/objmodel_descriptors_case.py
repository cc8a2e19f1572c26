# Descriptors: data before instance dict before non-data, property, classmethod and
# staticmethod objects, __slots__, __getattr__/__getattribute__, __setattr__/__delattr__
# with object.__setattr__, instance and class __dict__, __class__.
class Data:
    def __get__(self, obj, objtype=None):
        return "data-get" if obj is not None else "data-class-get"

    def __set__(self, obj, value):
        print("data-set", value)

    def __delete__(self, obj):
        print("data-delete")


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata-get" if obj is not None else "class-get " + objtype.__name__


class K:
    d = Data()
    n = NonData()


k = K()
k.__dict__["d"] = "inst-d"
k.__dict__["n"] = "inst-n"
print(k.d, k.n, K.n, K.d)
k.d = 5
del k.d
k.n = 7
print(k.n, sorted(k.__dict__.items()))
del k.n
print(k.n)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.set", value)


class HasSetOnly:
    s = SetOnly()


h = HasSetOnly()
h.s = 1
print(type(h.s).__name__)
try:
    del h.s
except AttributeError as e:
    print("AttributeError", e)


class RO:
    @property
    def v(self):
        return 1


try:
    RO().v = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del RO().v
except AttributeError as e:
    print("AttributeError", e)


class P:
    def __init__(self):
        self._x = 0

    def getx(self):
        return self._x

    def setx(self, v):
        self._x = v * 10

    x = property(getx, setx)


p = P()
p.x = 4
print(p.x, p._x, P.x.fget is P.getx, P.x.fset is P.setx, P.x.fdel, type(P.__dict__["x"]).__name__)


class SC:
    @staticmethod
    def s(a):
        return a * 2

    @classmethod
    def c(cls, a):
        return (cls.__name__, a)


sm = SC.__dict__["s"]
cm = SC.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(SC.s(3), SC().s(4), SC.c(1), SC().c(2), sm(5), cm.__get__(None, SC)(7), sm.__get__(None, SC)(8))


class SCSub(SC):
    pass


print(SCSub.c(3), SCSub().c(4))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)
s.b = 2
print(s.a, s.b, type(Slotted.a).__name__, hasattr(s, "__dict__"), Slotted.__slots__, repr(Slotted.b))
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(s, "a"), getattr(s, "a", "gone"))


class SlotSub(Slotted):
    pass


ss = SlotSub()
ss.z = 5
print(ss.z, ss.__dict__, ss.a)


class SlotSub2(Slotted):
    __slots__ = ("c",)


s2 = SlotSub2()
s2.c = 3
s2.b = 4
try:
    s2.d = 1
except AttributeError as e:
    print("AttributeError", e)
print(s2.c, s2.b)


class Slot1:
    __slots__ = "only"


o = Slot1()
o.only = 3
print(o.only)


class WithDictSlot:
    __slots__ = ("x", "__dict__")


w = WithDictSlot()
w.x = 1
w.y = 2
print(w.x, w.y, w.__dict__)


class Private:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 1

    def get(self):
        return self.__secret


print(Private().get())
for bad in [("x", "x"), (1,), ("a b",)]:
    try:
        type("Bad", (), {"__slots__": bad, "x": 0} if bad == ("x", "x") else {"__slots__": bad})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class SlotConflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError", e)


class GA:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError(name)
        return "ga:" + name


g = GA()
print(g.real, g.missing, getattr(g, "bad_one", "default"), hasattr(g, "bad"), hasattr(g, "good"))


class GAT:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name

    def method(self):
        return "method " + str(self.real)


gt = GAT()
print(gt.real, gt.secret, gt.other, gt.method())
gt.real = 9
print(gt.real, gt.__dict__)


class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)


lg = Logged()
lg.x = 1
print(lg.x)


class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


sa = SA()
sa.x = 5
print(sa.x)
del sa.x
print(hasattr(sa, "x"))
try:
    del sa.x
except AttributeError as e:
    print("AttributeError", e)


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError("cannot assign to field " + repr(name))

    __delattr__ = __setattr__


f = Frozen(3)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError", e)
print(f.x)


class SetViaObject:
    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        print("setter", v)
        self._p = v


svo = SetViaObject()
object.__setattr__(svo, "p", 5)
print(svo.p, object.__getattribute__(svo, "p"))
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__getattribute__(svo, "nope")
except AttributeError as e:
    print("AttributeError", e)


# instance and class __dict__
class Plain:
    cls_attr = 1

    def __init__(self):
        self.a = 1


pl = Plain()
d = pl.__dict__
d["b"] = 2
pl.c = 3
print(pl.b, sorted(d), d is pl.__dict__, type(d).__name__)
pl.__dict__.update(e=5)
del pl.__dict__["a"]
print(hasattr(pl, "a"), pl.e, sorted(vars(pl)))
pl.__dict__ = {"fresh": 1}
print(pl.fresh, hasattr(pl, "b"))
cd = Plain.__dict__
print(type(cd).__name__, cd["cls_attr"], "cls_attr" in cd, "nope" in cd, cd.get("nope", 0), "__init__" in cd.keys())
try:
    cd["x"] = 1
except TypeError as e:
    print("TypeError", e)
Plain.added = 5
print("added" in cd, Plain.__dict__["added"])
del Plain.added
print("added" in Plain.__dict__)
try:
    del Plain.added
except AttributeError as e:
    print("AttributeError", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError", e)


# __class__
class Cls1:
    def who(self):
        return "Cls1"


class Cls2:
    def who(self):
        return "Cls2"


c1 = Cls1()
print(c1.__class__ is Cls1, c1.__class__.__name__, Cls1.__class__, type(c1.__class__))
c1.__class__ = Cls2
print(c1.who(), type(c1).__name__, isinstance(c1, Cls2))
try:
    c1.__class__ = 5
except TypeError as e:
    print("TypeError", e)


# descriptors set after class creation, also on already-subclassed classes
class Later:
    pass


class LaterSub(Later):
    pass


Later.prop = property(lambda self: "late prop")
ls = LaterSub()
print(ls.prop)
try:
    ls.prop = 1
except AttributeError as e:
    print("AttributeError", e)
