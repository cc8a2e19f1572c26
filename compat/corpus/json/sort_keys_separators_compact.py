# Produce canonical JSON (sorted keys, compact separators) for signing and comparing payloads
import json
import hashlib

a = {"amount": 12.5, "currency": "EUR", "meta": {"z": 1, "a": [3, 2, 1]}, "id": "tx-9"}
b = {"id": "tx-9", "meta": {"a": [3, 2, 1], "z": 1}, "currency": "EUR", "amount": 12.5}

def canonical(obj) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

print("naive a:", json.dumps(a))
print("naive b:", json.dumps(b))
print("naive equal:", json.dumps(a) == json.dumps(b))
ca, cb = canonical(a), canonical(b)
print("canonical:", ca)
print("canonical equal:", ca == cb)
digest = hashlib.sha256(ca.encode("utf-8")).hexdigest()
print("sha256:", digest[:16], "...")
print("item separator only:", json.dumps([1, 2, {"k": "v"}], separators=(";", "=")))
print("indent with custom separators:")
print(json.dumps({"b": [1, 2], "a": None}, indent=1, separators=(",", ": "), sort_keys=True))
c = dict(b, amount=12.50)
print("12.5 vs 12.50 same canonical form:", canonical(c) == ca)
