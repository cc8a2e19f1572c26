# Subclasses of built-in types: dict subclasses' __missing__ (d[key] only, not get/in),
# and a comparison method returning NotImplemented falling back to the built-in
# operand's reflected comparison (Counter == dict), else identity or TypeError.
from collections import Counter, OrderedDict


class Missing(dict):
    def __missing__(self, key):
        return "missing %r" % (key,)


d = Missing(a=1)
print(d["a"], d["b"], d[1, 2], "b" in d, d.get("b"), len(d))


class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


c = Counting()
c["x"] += 1
c["x"] += 1
c["y"]
print(sorted(c.items()))


class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + str(key))


try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)


class Plain(dict):
    pass


try:
    Plain(a=1)["b"]
except KeyError as e:
    print("KeyError", repr(e.args[0]))
try:
    Missing()[[1]]
except TypeError as e:
    print("TypeError")


class OD(OrderedDict):
    def __missing__(self, key):
        return key * 2


print(OD(a=1)["a"], OD()["zz"])


class WithGetitem(dict):
    def __getitem__(self, key):
        return "getitem " + key

    def __missing__(self, key):
        return "never"


print(WithGetitem()["q"])

cnt = Counter("abca")
print(cnt["zz"], cnt == {"a": 2, "b": 1, "c": 1}, {"a": 2, "b": 1, "c": 1} == cnt)
print(cnt != {"a": 2, "b": 1, "c": 1}, {"a": 2, "b": 1, "c": 1} != cnt, cnt == {"a": 2}, cnt == Counter(a=2, b=1, c=1))


class NIDict(dict):
    def __eq__(self, other):
        return NotImplemented


print(NIDict(a=1) == {"a": 1}, {"a": 1} == NIDict(a=1), NIDict(a=1) == {"a": 2}, NIDict(a=1) == NIDict(a=1))


class NIList(list):
    def __eq__(self, other):
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented

    def __ge__(self, other):
        return NotImplemented


print(NIList([1]) == [1], [1] == NIList([1]), NIList([1]) < [2], NIList([3]) < [2], NIList([1]) >= [1])
print(sorted([NIList([3]), NIList([1]), NIList([2])]))
try:
    NIList([1]) < (2,)
except TypeError as e:
    print("TypeError")  # (the message is CPython's only in the built-ins' patches)
try:
    NIList([1]) < 5
except TypeError as e:
    print("TypeError")


class NIInt(int):
    def __lt__(self, other):
        return NotImplemented


print(NIInt(1) < 2, NIInt(3) < 2)


class NI:
    def __eq__(self, other):
        return NotImplemented


n = NI()
print(n == n, n != n, n == 1, 1 == n, n != NI())
