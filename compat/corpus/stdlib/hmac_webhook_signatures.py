# Sign and verify webhook payloads with hmac, compare_digest and multiple digest algorithms
import hmac
import hashlib
import json

SECRET = b"whsec_test_0123456789"


def sign(body: bytes, ts: int) -> str:
    msg = f"{ts}.".encode() + body
    return hmac.new(SECRET, msg, hashlib.sha256).hexdigest()


def verify(body: bytes, ts: int, signature: str) -> bool:
    return hmac.compare_digest(sign(body, ts), signature)


payload = json.dumps({"event": "order.paid", "id": 42, "amount": 1999}, sort_keys=True).encode()
ts = 1700000000
sig = sign(payload, ts)
print("signature:", sig)
print("valid:", verify(payload, ts, sig))
print("tampered body:", verify(payload.replace(b"1999", b"9999"), ts, sig))
print("wrong timestamp:", verify(payload, ts + 1, sig))
print("truncated sig:", verify(payload, ts, sig[:-2]))

m = hmac.new(b"key", digestmod="sha1")
m.update(b"The quick brown fox ")
m.update(b"jumps over the lazy dog")
print("sha1:", m.hexdigest(), m.name, m.digest_size)
print("md5:", hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print("digest():", hmac.digest(b"key", b"msg", "sha256").hex()[:32])
c = m.copy()
c.update(b"!")
print("copies differ:", c.hexdigest() != m.hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
try:
    hmac.new(b"key")
except TypeError as e:
    print("TypeError:", e)
