# Python subclasses of built-in types: the native part exists before __init__ runs, and
# str() falls back to a __repr__ the subclass defines.
class L(list):
    def __init__(self, items):
        self.extend(x * 2 for x in items)


class D(dict):
    def __init__(self, **kw):
        self.update(kw)
        self["n"] = len(self)


class T(tuple):
    def __repr__(self):
        return "T" + repr(tuple(self))


class I(int):
    def __repr__(self):
        return "I(%d)" % int(self)


class S(str):
    def __repr__(self):
        return "S!"


class P(tuple):
    def __str__(self):
        return "P-str"


class E(Exception):
    def __repr__(self):
        return "E!"


print(L([1, 2, 3]), len(L([])), D(a=1, b=2))
t = T((1, 2))
print(t, str(t), repr(t), [t], "%s" % (t,), f"{t}", "{}".format(t))
print(I(5), str(I(5)), repr(I(5)), I(5) + 1, f"{I(7)}", "%d" % I(3))
print(S("abc"), str(S("abc")), repr(S("abc")), P((1,)), repr(P((1,))))
print(E("boom"), str(E("boom")), repr(E("boom")))


class Q(list):
    def __init__(self, n):
        self.append(n)
        super().__init__([n, n])


print(Q(4))
