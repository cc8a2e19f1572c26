# dict.fromkeys makes cls(): OrderedDict.fromkeys is an OrderedDict (move_to_end,
# popitem(last=False)), a subclass's fromkeys its own type (its __setitem__ runs).
from collections import OrderedDict, defaultdict, Counter

od = OrderedDict.fromkeys("xyz", 0)
print(type(od).__name__, od)
od.move_to_end("x", last=True)
od.move_to_end("z", last=False)
print(od, od.popitem(last=False), od.popitem(), od)
print(od == {"y": 0}, OrderedDict.fromkeys([]), OrderedDict.fromkeys(range(3)))


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


d = Logged.fromkeys("ab", 1)
print(type(d).__name__, d)
dd = defaultdict.fromkeys("ab")
print(type(dd).__name__, dd, dd.default_factory)
print(dict.fromkeys("ab"), {}.fromkeys([1, 2], []), type(OrderedDict().fromkeys("a")).__name__)


class Strict(dict):
    def __init__(self):
        print("init")
        super().__init__()


print(Strict.fromkeys("q"))
for expr in ("dict.fromkeys(5)", "OrderedDict.fromkeys(None)", "dict.fromkeys([[1]])",
             "Counter.fromkeys('ab')"):
    try:
        print(expr, eval(expr))
    except (TypeError, NotImplementedError) as e:
        print(expr, type(e).__name__, e)


# an LRU cache over OrderedDict
class LRU:
    def __init__(self, n):
        self.n = n
        self.data = OrderedDict()

    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            return self.data[k]
        return None

    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.n:
            print("evict", self.data.popitem(last=False))


lru = LRU(2)
for k in "abacd":
    if lru.get(k) is None:
        lru.put(k, ord(k))
print(list(lru.data.items()))
