# dict.__getitem__ of a dict subclass's instance calls the class's __missing__, however it
# is reached: d[k], d.__getitem__(k), dict.__getitem__(d, k), super().__getitem__(k)
# (patch 0220); urllib.parse's quoting relies on it.
import collections


class Quoter(dict):
    def __init__(self, safe):
        self.safe = safe

    def __missing__(self, b):
        res = chr(b) if b in self.safe else "%{:02X}".format(b)
        self[b] = res
        return res


q = Quoter(b"abc")
get = q.__getitem__
print("".join(get(c) for c in b"abz/ c"), sorted(q))
print(q[97], dict.__getitem__(q, 120), len(q))


class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())

    def __missing__(self, k):
        return "missing " + k


u = Upper(A=1)
print(u["a"], u["b"], u.__getitem__("a"), dict.__getitem__(u, "zz"))


class Plain(dict):
    pass


p = Plain(a=1)
for f in (lambda: p["b"], lambda: p.__getitem__("b"), lambda: dict.__getitem__(p, "b"),
          lambda: dict.__getitem__({}, "b"), lambda: p.__getitem__([1]),
          lambda: Quoter(b"").__getitem__([1])):
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(p.__getitem__("a"), {}.get("x"), Quoter(b"").get(1))


class Counting(collections.OrderedDict):
    def __missing__(self, k):
        return 0


c = Counting(x=5)
print(c["x"], c["y"], c.__getitem__("y"), collections.defaultdict(list).__getitem__("k"))
dd = collections.defaultdict(int)
print(dd.__getitem__("n"), dict(dd))


class Raises(dict):
    def __missing__(self, k):
        raise LookupError("no " + repr(k))


try:
    Raises().__getitem__("q")
except LookupError as e:
    print("LookupError", e)
from urllib.parse import quote, quote_plus, unquote, urlencode
print(quote("a b/c?d=é"), quote_plus("x y&z"), unquote("%E2%82%AC%20"), urlencode({"q": "a b", "n": 1}))
