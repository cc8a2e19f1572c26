# Sign and verify webhook payloads with hmac/hashlib and build a JWT-like token with base64
import base64
import hashlib
import hmac
import json

SECRET = b"whsec_test_5f2a9c"


def sign(payload: bytes, timestamp: int, secret: bytes = SECRET) -> str:
    message = f"{timestamp}.".encode() + payload
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def verify(payload: bytes, header: str, now: int, tolerance: int = 300) -> tuple[bool, str]:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        ts = int(parts["t"])
        sig = parts["v1"]
    except (ValueError, KeyError):
        return False, "malformed header"
    if abs(now - ts) > tolerance:
        return False, f"timestamp outside tolerance ({now - ts}s old)"
    expected = sign(payload, ts)
    if not hmac.compare_digest(expected, sig):
        return False, "signature mismatch"
    return True, "valid"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_token(claims: dict, key: bytes) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode())
    sig = hmac.new(key, f"{header}.{body}".encode(), hashlib.sha256).digest()
    return f"{header}.{body}.{b64url(sig)}"


def read_token(token: str, key: bytes) -> dict:
    header, body, sig = token.split(".")
    expected = hmac.new(key, f"{header}.{body}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, b64url_decode(sig)):
        raise ValueError("bad token signature")
    return json.loads(b64url_decode(body))


payload = json.dumps({"event": "invoice.paid", "id": "evt_123", "amount": 4200}).encode()
ts = 1_700_000_000
header = f"t={ts},v1={sign(payload, ts)}"
print("signature header:", header)
cases = [
    ("genuine", payload, header, ts + 10),
    ("tampered body", payload.replace(b"4200", b"1"), header, ts + 10),
    ("replayed late", payload, header, ts + 3600),
    ("garbage header", payload, "sig=abc", ts),
]
for label, body, hdr, now in cases:
    ok, reason = verify(body, hdr, now)
    print(f"{label:<15} -> {'ACCEPT' if ok else 'REJECT'} ({reason})")

print("sha256:", hashlib.sha256(payload).hexdigest())
print("md5:   ", hashlib.md5(payload).hexdigest())
print("blake2b-16:", hashlib.blake2b(payload, digest_size=16).hexdigest())
token = make_token({"sub": "user-42", "role": "admin", "exp": ts + 900}, SECRET)
print("token:", token)
print("claims:", read_token(token, SECRET))
forged = token.rsplit(".", 1)[0] + "." + b64url(b"x" * 32)
try:
    read_token(forged, SECRET)
except ValueError as e:
    print("forged token:", e)
print("base64 of secret:", base64.b64encode(SECRET).decode(), "| b32:", base64.b32encode(b"hi!").decode())
