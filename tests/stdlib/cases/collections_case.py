from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(sorted(dd.items()), dd["z"], "z" in dd, len(dd), isinstance(dd, dict))
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(sorted(counts.items()), dd.default_factory is list)
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e.args)

c = Counter("abracadabra")
print(c.most_common(1), c["a"], c["zzz"], c.total(), sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 5})
print(sorted(c.items()), Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(), +Counter(a=1, b=-2))
print(Counter("aab") == Counter({"a": 2, "b": 1}), Counter(x=1)["x"])

P = namedtuple("P", ["x", "y"])
print(P(1, 2), list(deque([1, 2, 3], 2)), list(OrderedDict([("b", 1), ("a", 2)]).keys()))
