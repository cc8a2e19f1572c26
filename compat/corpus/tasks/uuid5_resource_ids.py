# Derive stable resource identifiers with uuid.uuid5/uuid3 and inspect UUID fields
import uuid

APP_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "inventory.example.com")

RESOURCES = [
    ("warehouse", "berlin-1"),
    ("warehouse", "lisbon-2"),
    ("sku", "KB-01"),
    ("sku", "kb-01"),
    ("customer", "ada@example.com"),
]


def resource_id(kind: str, key: str) -> uuid.UUID:
    kind_ns = uuid.uuid5(APP_NAMESPACE, kind)
    return uuid.uuid5(kind_ns, key.strip().lower() if kind == "sku" else key)


def short(u: uuid.UUID) -> str:
    # base36 short id, the kind of thing used in URLs
    n, digits, out = u.int, "0123456789abcdefghijklmnopqrstuvwxyz", ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out[:10]


print("namespace:", APP_NAMESPACE)
ids = {}
for kind, key in RESOURCES:
    rid = resource_id(kind, key)
    ids.setdefault(rid, []).append(f"{kind}:{key}")
    print(f"{kind:<9} {key:<16} {rid}  short={short(rid)}")

dupes = {str(k): v for k, v in ids.items() if len(v) > 1}
print("collapsed duplicates:", dupes)

u = resource_id("customer", "ada@example.com")
print("version:", u.version, "variant:", u.variant)
print("hex:", u.hex)
print("urn:", u.urn)
print("bytes length:", len(u.bytes), "first bytes:", u.bytes[:4].hex())
print("fields:", u.fields[:3])
print("roundtrip:", uuid.UUID(str(u)) == u, uuid.UUID(bytes=u.bytes) == u)
print("uuid3 (md5) of url:", uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/items/1"))
print("uuid5 of url:      ", uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/items/1"))
print("sorted ids:", [short(x) for x in sorted(ids)])
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("invalid:", e)
