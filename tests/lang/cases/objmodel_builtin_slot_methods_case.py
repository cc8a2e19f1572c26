import enum
from collections.abc import Hashable, Sized, Iterable, Container
class S(enum.IntEnum):
    OK = 200
print(repr(S.OK), str(S.OK), f"{S.OK}", S.OK, format(S.OK, "05d"))
class F(enum.IntFlag):
    A = 1
    B = 2
print(repr(F.A | F.B), F.A | F.B, repr(F(0)))
class St(enum.StrEnum):
    X = "x"
print(repr(St.X), St.X, f"{St.X}", St.X.upper())
print(int.__repr__, int.__add__(2, 3), int.__repr__(5), int.__repr__(True))
print(int.__add__ is int.__add__, int.__add__ == int.__add__, int.__add__ == int.__sub__)
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(5, Sized), isinstance("", Sized), isinstance(5, Iterable))
print(list.__hash__, '__hash__' in list.__dict__, '__add__' in int.__dict__)
print((5).__add__(3), (5).__radd__(2), "ab".__mul__(2), [1].__add__([2]), (5).__add__("x"), int.__rsub__(5, 3))
print(str.__len__("abc"), list(map(str.__len__, ["ab", "c"])), str.__contains__("abc", "b"))
print(True.__add__(1), True.bit_length(), bool.__and__(True, False))
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __len__(self):
        return super().__len__() + 1
    def __repr__(self):
        return "L" + super().__repr__()
    def __iadd__(self, o):
        r = super().__iadd__(o)
        return r
l = L([3])
l += [4]
print(L([1,2])[0], len(L([1])), repr(l), type(l).__name__)
class I(int):
    def __add__(self, o):
        return I(super().__add__(o))
    def __repr__(self):
        return f"I({super().__repr__()})"
print(I(3) + 4, repr(I(3)), str(I(3)))
print(dict.__or__({1:2}, {3:4}), dict.__getitem__({1:2}, 1), float.__repr__(0.1), complex.__add__(1j, 1))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    int.__add__(1)
except TypeError as e:
    print(e)
try:
    int.__add__()
except TypeError as e:
    print(e)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(sorted(n for n in int.__dict__ if n in ('__add__', '__repr__', '__hash__', 'bit_length')))
print(int.__pow__(2, 10, 1000), pow(I(2), 3))
print(NotImplemented is int.__add__(1, "a"), list.__eq__([1], [1]), list.__ne__([1], [2]), list.__lt__([1], 2))
import functools
@functools.total_ordering
class V(int):
    pass
print(V(3) < V(4))
from collections.abc import Reversible, Callable
print(isinstance([], Reversible), isinstance({}, Reversible), isinstance((), Reversible), isinstance(range(3), Reversible))
print(list(reversed([1, 2, 3])), list(reversed(L([1, 2]))), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
d = D()
d["a"] = 1
print(d["a"], dict.__repr__(d), d.__contains__("a"), dict.__len__(d))
print(True & False, True | False, True ^ True, True & 1, 1 | True, False ^ False)
x = True
x &= False
print(x)
print(hash(1) == int.__hash__(1), tuple.__hash__((1, 2)) == hash((1, 2)), str.__hash__("ab") == hash("ab"))
print(set.__or__({1}, {2}), frozenset.__and__(frozenset({1, 2}), {2}), set.__contains__({1}, 1))
print(str.__getitem__("abc", 1), str.__iter__("ab").__next__(), bytes.__len__(b"xyz"), tuple.__add__((1,), (2,)))
print(float.__neg__(1.5), int.__abs__(-3), int.__invert__(5), int.__bool__(0), float.__format__(1.5, ".3f"))
print(int.__format__(255, "x"), str.__format__("ab", ">4"), str.__mod__("%d", 5))
try:
    list.__hash__([])
except TypeError as e:
    print("TypeError", e)
try:
    int.__neg__(1, 2)
except TypeError as e:
    print(e)
print(list.__getitem__([1, 2, 3], slice(0, 2)), list.__setitem__([1], 0, 5), list.__iadd__([1], [2]))
m = [1]
print(list.__iadd__(m, [2]) is m, m)
