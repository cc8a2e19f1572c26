# Serialise sets deterministically by sorting them in a default= hook, and restore them
import json

permissions = {
    "alice": {"read", "write", "admin"},
    "bob": {"read"},
    "carol": {"write", "read"},
}
shared = frozenset({"read"})

def encode_sets(obj):
    if isinstance(obj, (set, frozenset)):
        return {"__set__": sorted(obj)}
    raise TypeError(f"unsupported: {type(obj).__name__}")

def decode_sets(d):
    return set(d["__set__"]) if list(d) == ["__set__"] else d

text = json.dumps({"users": permissions, "shared": shared}, default=encode_sets, sort_keys=True)
print(text)
restored = json.loads(text, object_hook=decode_sets)
print("equal after round trip:", restored["users"] == permissions)
for user, perms in sorted(restored["users"].items()):
    print(f"  {user:<6} {sorted(perms)}  admin={'admin' in perms}")
print("everyone has:", sorted(set.intersection(*restored["users"].values())))
print("plain list version:", json.dumps({u: sorted(p) for u, p in permissions.items()}))
try:
    json.dumps(permissions)
except TypeError as e:
    print("without default:", e)
