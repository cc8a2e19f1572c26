# Containers that contain themselves print [...] where they recur
from collections import OrderedDict, deque

a = []
a.append(a)
print(a, str(a), repr([a, a]))
d = {"name": "d"}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
od = OrderedDict()
od["x"] = od
print(od)
q = deque([1])
q.append(q)
print(q)
m = [1, {"k": None}]
m[1]["k"] = m
print(m, m[1])


class L(list):
    pass


class D(dict):
    pass


l = L([0])
l.append(l)
e = D()
e[1] = e
print(l, e)

# the same object twice, not recursive, prints in full
shared = [1, 2]
print([shared, shared], {"a": shared, "b": shared}, (shared, shared))


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


b = [1, Bad(), a]
try:
    print(repr(b))
except ValueError as ex:
    print("ValueError:", ex)
print(b[:1], a, [b[2]])   # nothing left marked after the error


class Self:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"Self({self.items})"


try:
    print(repr(Self()))
except RecursionError as ex:
    print("RecursionError")
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(deep)
print(str(deep).count("["), str(deep)[-60:])
print([1, "a", 2.5, None, True, b"x"], {1: "a", "b": 2.0}, (1, "x"))
