# Serialise Counter, defaultdict, OrderedDict, deque and sets via json default= hook
import json
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple

Point = namedtuple("Point", "x y")

def to_jsonable(obj):
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    if isinstance(obj, deque):
        return list(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

words = "the cat and the hat and the bat".split()
counts = Counter(words)
index = defaultdict(list)
for i, w in enumerate(words):
    index[w].append(i)
ordered = OrderedDict([("z", 1), ("a", 2)])

print("Counter:    ", json.dumps(counts))
print("most_common:", json.dumps(counts.most_common(2)))
print("defaultdict:", json.dumps(index))
print("OrderedDict:", json.dumps(ordered), "sorted:", json.dumps(ordered, sort_keys=True))
print("namedtuple: ", json.dumps(Point(3, 4)), "| as dict:", json.dumps(Point(3, 4)._asdict()))
payload = {"tags": {"b", "a", "c"}, "recent": deque([1, 2, 3], maxlen=3), "ids": frozenset({9, 2, 5})}
print("via default:", json.dumps(payload, default=to_jsonable))
back = Counter(json.loads(json.dumps(counts)))
print("round-trip Counter equal:", back == counts, back.most_common(1))
try:
    json.dumps({"when": 1j})
except TypeError as exc:
    print("TypeError:", exc)
