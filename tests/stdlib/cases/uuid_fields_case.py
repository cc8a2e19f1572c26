# uuid.UUID's byte orders, fields, immutability and pickling, as CPython's (guest/lib/uuid.py).
import copy
import pickle
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.bytes_le, u.bytes, u.fields, u.hex, u.int, u.urn)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.version, u.variant, u.is_safe, repr(u))
for kw in ({"bytes_le": u.bytes_le}, {"fields": u.fields}, {"int": u.int}, {"bytes": u.bytes}, {"hex": "{%s}" % u}):
    v = uuid.UUID(**kw)
    print(v == u, hash(v) == hash(u), v)
n = uuid.uuid5(uuid.NAMESPACE_DNS, "example.org")
print(n, n.bytes_le.hex(), n.version, uuid.uuid3(uuid.NAMESPACE_URL, "https://x.test/").bytes_le.hex())
print(uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6), version=4))
bad = [{}, {"hex": "x"}, {"bytes_le": b"short"}, {"bytes": b"x" * 17}, {"fields": (1, 2, 3)},
       {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 1 << 16, 0, 0, 0, 0)}, {"fields": (0, 0, -1, 0, 0, 0)},
       {"fields": (0, 0, 0, 256, 0, 0)}, {"fields": (0, 0, 0, 0, 256, 0)}, {"fields": (0, 0, 0, 0, 0, 1 << 48)},
       {"int": -1}, {"int": 1 << 128}, {"int": 5, "version": 9}, {"hex": "0" * 32, "int": 0}]
for kw in bad:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)
try:
    u.foo = 5
except TypeError as e:
    print("TypeError:", e)
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u, u.__getstate__())
safe = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(safe.is_safe, safe.__getstate__(), pickle.loads(pickle.dumps(safe)).is_safe, uuid.SafeUUID.unknown.value)
t = uuid.uuid1()
print(t.version, t.variant, len(str(t)), t.node == uuid.getnode(), uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node)
print(uuid.uuid1(clock_seq=0x1234).clock_seq, uuid.uuid1().time > 0x01B21DD213814000)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)])[0].int, int(u) == u.int)
