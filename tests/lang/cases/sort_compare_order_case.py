# list/tuple ordering compares the first unequal items with the operator asked, left first
import json

log = []


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


print(sorted([(K(2), 1), (K(1), 2), (K(3), 0)]))
print(log)
log.clear()
print((K(1),) < (K(2),), (K(2),) > (K(1),) if False else "skip", [K(1)] <= [K(1), 1])
print(log)

for a, b in [((1, "x"), ("2", "y")), ([1], ["a"]), ((None,), (1,)), ((1, 2), (1, "a"))]:
    for name, f in [("<", lambda: a < b), ("<=", lambda: a <= b), (">", lambda: a > b), (">=", lambda: a >= b)]:
        try:
            print(name, f())
        except TypeError as e:
            print(name, "TypeError:", e)

try:
    sorted([(1, "x"), ("2", "y")])
except TypeError as e:
    print("sorted:", e)
try:
    json.dumps({1: "x", "2": "y"}, sort_keys=True)
except TypeError as e:
    print("json:", e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("list.sort:", e)
try:
    sorted(["b", 2])
except TypeError as e:
    print("sorted:", e)

# the lengths decide when the common items are equal
for a, b in [((), ()), ((1,), ()), ((), (1,)), ((1, 2), (1, 2)), ([1, 2], [1, 2, 3])]:
    print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return "yes" if self.v < other.v else ""


print((OnlyLt(1),) < (OnlyLt(2),), (OnlyLt(2),) < (OnlyLt(1),))
try:
    print((OnlyLt(1),) > (OnlyLt(2),))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[3], [1, 2], [1]], reverse=True))
nan = float("nan")
print((nan,) == (nan,), [nan] < [nan], (1, nan) < (1, 2.0))

from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p + p, (0,) + p, p + (3,), len(p + p), repr(p + p), p * 2, sorted([P(2, 1), P(1, 5)]))


class T(tuple):
    pass


print(T((1, 2)) + T((3,)), (T((1,)) + T((2,)))[1], [T((1,))] < [T((2,))])
