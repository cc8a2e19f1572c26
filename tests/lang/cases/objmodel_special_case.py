# Special methods: default repr/str, __repr__/__str__, hashing rules, __new__/__init__,
# __call__, truth, __contains__, operators with NotImplemented and reflection, __index__.
class Foo:
    pass
r = repr(Foo())
f0 = Foo()
print(r.startswith("<__main__.Foo object at 0x"), r.endswith(">"), str(f0) == repr(f0), hex(id(f0)) in repr(f0))
class R:
    def __repr__(self):
        return "R()"
print(str(R()), repr(R()), [R()], "%s" % R(), f"{R()}")
class S:
    def __str__(self):
        return "S-str"
print(str(S()), repr(S()).startswith("<__main__.S object"))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError", e)
print(EqOnly.__hash__)
class EqHash:
    def __eq__(self, other): return True
    def __hash__(self): return 42
print(hash(EqHash()))
class InitRet:
    def __init__(self):
        return 5
try:
    InitRet()
except TypeError as e:
    print("TypeError", e)
class NewOther:
    def __new__(cls):
        return 17
    def __init__(self):
        print("never")
print(NewOther())
class NewSelf:
    def __new__(cls, *a):
        inst = object.__new__(cls)
        inst.made = True
        return inst
    def __init__(self, v):
        self.v = v
n = NewSelf(3)
print(n.made, n.v)
class Callable:
    def __call__(self, a, b=2):
        return a + b
print(Callable()(1), Callable()(1, b=5), callable(Callable()), callable(Foo()))
class BL:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(BL(0)), bool(BL(3)), len(BL(4)))
class BB:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BB()), not BB())
class Cont:
    def __contains__(self, x): return x == 1
print(1 in Cont(), 2 in Cont(), 2 not in Cont())
class It:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(list(It()), 2 in It())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, int): return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return Num(o + self.v) if isinstance(o, int) else NotImplemented
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
    def __index__(self): return self.v
    def __repr__(self): return "Num(%d)" % self.v
    __hash__ = object.__hash__
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
for bad in [lambda: Num(1) + "x", lambda: "x" + Num(1)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
print(sorted([Num(3), Num(1), Num(2)]), Num(2) > Num(1), Num(1) == Num(1), Num(1) != Num(2))
print([10, 20, 30][Num(1)], range(10)[Num(2):Num(4)], "abcdef"[Num(1):Num(3)], int(Num(7)))
class Cls:
    pass
o = Cls()
print(o.__class__ is Cls, o.__class__.__name__, Cls.__class__)
class RevOnly:
    def __rsub__(self, o): return "rsub"
print(5 - RevOnly())
class Sub(Num):
    def __radd__(self, o): return "Sub.radd"
print(Num(1) + Sub(2))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if isinstance(other, Cmp):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, (int, Cmp)):
            return self.v > (other.v if isinstance(other, Cmp) else other)
        return NotImplemented


print(Cmp(1) < Cmp(2), Cmp(3) > 2, 2 < Cmp(3), Cmp(1) > Cmp(0))
try:
    Cmp(1) < "x"
except TypeError:
    print("TypeError")


class NE:
    def __eq__(self, other):
        return isinstance(other, NE)


print(NE() == NE(), NE() != NE(), NE() != 1, NE() == 1, NE.__hash__)


class Eq2:
    def __eq__(self, other):
        return NotImplemented


e2 = Eq2()
print(e2 == e2, e2 == Eq2(), e2 != Eq2())


class NoArgs:
    pass


try:
    NoArgs(1)
except TypeError as e:
    print("TypeError", e)


class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)


print(type(OnlyNew(1, 2)).__name__)


class BadNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)


try:
    BadNew(1)
except TypeError as e:
    print("TypeError", e)


class InitArgs:
    def __init__(self, a):
        super().__init__()
        self.a = a


print(InitArgs(3).a)


class InitTooMany:
    def __init__(self, a):
        super().__init__(a)


try:
    InitTooMany(1)
except TypeError as e:
    print("TypeError", e)


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


pt = Point(1, 2)
print(pt, pt.x, len(pt), type(pt).__name__, isinstance(pt, tuple))


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())


print(Upper("abc"), Upper("abc") == "ABC", type(Upper("x")).__name__)


class Big(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)


print(Big(4), Big(4) + 1)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)


class NoIter:
    __iter__ = None


try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
