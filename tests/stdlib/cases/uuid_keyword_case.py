import keyword
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.bytes, u.urn, u.version, u.variant, u.fields)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u, uuid.UUID(hex=u.hex, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/"), uuid.NAMESPACE_OID < uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), len({uuid.UUID(int=1), uuid.UUID(int=1)}))
for bad in ("123", "zz345678123456781234567812345678"):
    try:
        uuid.UUID(bad)
    except ValueError:
        print("ValueError")
print(keyword.kwlist == sorted(keyword.kwlist), keyword.iskeyword("lambda"), keyword.iskeyword("print"))
print(keyword.softkwlist, keyword.issoftkeyword("match"), len(keyword.kwlist))
