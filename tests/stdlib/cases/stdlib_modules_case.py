# The built-in modules users expect, and the ones the frozen library adds.
import array, binascii, cmath, collections, errno, hashlib, heapq, io, json, math
import random, re, struct, sys, time

print(math.sqrt(16), round(cmath.phase(-1), 5), json.dumps({"a": [1, 2.5, None]}), re.sub(r"\d+", "#", "a1b22"))
print(struct.pack("<HI", 1, 2), binascii.hexlify(b"\x01\x02"), array.array("i", [1, 2])[1], errno.errorcode[errno.ENOENT])
dq = collections.deque([1, 2], 5)
dq.append(3)
print(list(dq), collections.namedtuple("P", "x y")(1, 2).y, list(collections.OrderedDict([("b", 1), ("a", 2)])))
h = [5, 1, 3]
heapq.heapify(h)
print(heapq.heappop(h), io.StringIO("x\ny").read(), random.randint(1, 1), type(time.time()).__name__)
print(sys.implementation.name in ("micropython", "cpython"))
