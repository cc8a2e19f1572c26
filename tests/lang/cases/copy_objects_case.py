# copy as CPython 3.11's own module, over object.__reduce_ex__ (guest/patches/0100).
import copy


class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.items)


a = P(1, [1, [2, 3]])
b = copy.copy(a)
c = copy.deepcopy(a)
a.items[1].append(4)
print(a, b, c, b.items is a.items, c.items is a.items, type(c).__name__)


class S:
    __slots__ = ("u", "v")

    def __init__(self):
        self.u = [1]


s = copy.deepcopy(S())
print(s.u, hasattr(s, "v"))


class WithCopy:
    def __init__(self):
        self.n = 0

    def __copy__(self):
        w = WithCopy()
        w.n = self.n + 100
        return w

    def __deepcopy__(self, memo):
        w = WithCopy()
        w.n = self.n + 200
        return w


print(copy.copy(WithCopy()).n, copy.deepcopy(WithCopy()).n)


class L(list):
    pass


class D(dict):
    pass


l2 = copy.deepcopy(L([1, [2]]))
d2 = copy.copy(D(a=1))
print(l2, type(l2).__name__, d2, type(d2).__name__)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
data = {"k": [1, 2, {"z": (3, [4])}], "t": (1, 2), "s": {1, 2}, "f": frozenset([1])}
dd = copy.deepcopy(data)
print(dd == data, dd["k"] is data["k"], dd["t"] is data["t"], dd["k"][2]["z"][1] is data["k"][2]["z"][1])
print(copy.copy(5), copy.copy("s"), copy.copy((1, 2)), copy.deepcopy(None), copy.copy([1, 2]))


class R:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (R, (self.v * 2,))


print(copy.copy(R(3)).v, copy.deepcopy(R(4)).v)
print(P(1, 2).__reduce_ex__(4)[0].__name__, P(1, 2).__reduce_ex__(4)[1][0].__name__, P(1, 2).__reduce_ex__(4)[2])
try:
    copy.copy(iter([]))
except TypeError as e:
    print("TypeError", str(e)[:40])
