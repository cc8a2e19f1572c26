# Deterministic identifiers with uuid3/uuid5 namespaces, parsing and inspecting UUID fields
import uuid

for name in ["example.com", "python.org", "example.com"]:
    print(name, uuid.uuid5(uuid.NAMESPACE_DNS, name), uuid.uuid3(uuid.NAMESPACE_DNS, name))

order_ns = uuid.uuid5(uuid.NAMESPACE_URL, "https://shop.example/orders")
ids = {oid: uuid.uuid5(order_ns, str(oid)) for oid in (1001, 1002, 1003)}
for oid, u in ids.items():
    print(oid, u.hex[:12], u.version, u.variant == uuid.RFC_4122)

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, u.hex, u.int, u.version)
print(u.urn, u.fields[:3], u.time_low, u.node)
print(uuid.UUID(hex="12345678123456781234567812345678") == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, len(u.bytes), u.bytes_le[:4].hex())
print(str(uuid.NAMESPACE_DNS), uuid.NAMESPACE_OID)
print(uuid.UUID("00000000-0000-0000-0000-000000000000").int, uuid.UUID(int=0).version)
for bad in ["not-a-uuid", "12345678-1234-5678-1234-56781234567", "g2345678123456781234567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(f"{bad!r}: ValueError {e}")
rnd = uuid.uuid4()
print("uuid4 version:", rnd.version, "len:", len(str(rnd)))
sorted_ids = sorted(ids.values())
print([str(x)[:8] for x in sorted_ids])
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=John Doe,o=Acme") == uuid.uuid5(uuid.NAMESPACE_X500, "cn=John Doe,o=Acme"))
