# Long str and bytes are hashed when first hashed (patch 0297): dict and set lookups, equality
# and hash() agree with CPython whatever the order things are made and hashed in.
a = 'x' * 5000
b = 'x' * 4999 + 'x'
c = 'x' * 4999 + 'y'
d = {a: 1}
print(d[b], b in d, c in d, hash(a) == hash(b), a == b, a == c, len({a, b, c}))
print(hash(a) == hash(a), {b'q' * 9000: 2}[b'q' * 9000], b'q' * 9000 == bytes(9000) )
import json
k = json.loads(json.dumps({'k' * 6000: 3}))
print(k['k' * 6000], sorted({a: 1, c: 2}.values()))
s = set()
for i in range(3):
    s.add(str(i) * 5000)
print(len(s), ('1' * 5000) in s, ('4' * 5000) in s)
