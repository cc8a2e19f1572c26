# collections as CPython 3.11's own package: Counter, defaultdict and OrderedDict are real
# dict subclasses, namedtuple, ChainMap, UserDict/UserList/UserString, collections.abc.
import collections
import collections.abc as cabc
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:6], c.total())
c.update({"a": 1, "q": 2})
c.subtract("aa")
print(c, isinstance(c, dict), type(c).__mro__)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=0)
print(d + e, d - e, d | e, d & e, +e, -e, e == Counter(a=1, b=2))
print(repr(Counter()), Counter({"x": 2}), Counter(["b", "a", "b"]).most_common())
words = "the cat the dog the end".split()
print(Counter(words).most_common(1)[0], dict(Counter(words)), list(Counter(words).keys()))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["zz"], "zz" in dd, dict(dd), isinstance(dd, dict), dd.default_factory)
di = defaultdict(int)
di["x"] += 5
print(di, repr(defaultdict()), defaultdict(lambda: "?", {"k": 1}).get("q"), di.copy())
try:
    defaultdict()["nokey"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError", ex)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"], dict(nested["a"]))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od, isinstance(od, dict))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)


lru = LRU(2)
for i in range(4):
    lru.put(i, i * i)
print(lru, list(lru.items()))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), p == (1, 2))
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3._field_defaults, P3.__doc__, P3.a.__doc__, P3(1, 2, 3)._asdict())
R = namedtuple("R", "a, def, a", rename=True)
print(R._fields, R(1, 2, 3))
x, y = p
print(x, y, hash(p) == hash((1, 2)), Point.__name__, Point.__module__, repr(Point))
for bad in (lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "1a"),
            lambda: namedtuple("Bad", "_a"), lambda: Point(1), lambda: Point(1, 2, 3),
            lambda: p._replace(z=1), lambda: namedtuple("class", "a")):
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents, cm)
cm["z"] = 0
print(cm.maps, dict(cm))


class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


md = MyDict({"a": 1})
md["b"] = 2
print(md, md.data, "A" in md, len(md), md.get("A"), isinstance(md, cabc.MutableMapping))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], ul + [5], len(ul), type(ul[1:]).__name__)
us = UserString("Hello")
print(us.upper(), us + "!", us[1:3], len(us), us.split("l"), type(us.upper()).__name__)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set),
      isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator),
      isinstance(len, cabc.Callable), isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable),
      issubclass(dict, cabc.MutableMapping), isinstance("s", cabc.Sequence),
      isinstance(deque(), cabc.MutableSequence), isinstance({}.keys(), cabc.KeysView),
      isinstance(range(3), cabc.Sequence), isinstance(b"", cabc.ByteString))


class MySeq(cabc.Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


s = MySeq(3)
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
try:
    cabc.Mapping()
except TypeError as ex:
    print("TypeError", ex)
