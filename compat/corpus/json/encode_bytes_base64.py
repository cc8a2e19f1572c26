# Embed binary attachments in JSON with base64 and verify checksums after decoding
import json
import base64
import hashlib
import zlib

attachments = {
    "logo.png": bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(range(16)),
    "notes.txt": "Ünïcödé notes ✓\nsecond line".encode("utf-8"),
    "empty.bin": b"",
}

message = {"id": "msg-42", "attachments": []}
for name, data in attachments.items():
    message["attachments"].append({
        "name": name,
        "size": len(data),
        "sha1": hashlib.sha1(data).hexdigest(),
        "crc32": zlib.crc32(data),
        "data": base64.b64encode(data).decode("ascii"),
    })

wire = json.dumps(message, indent=2)
print(wire)
received = json.loads(wire)
for att in received["attachments"]:
    raw = base64.b64decode(att["data"])
    ok = hashlib.sha1(raw).hexdigest() == att["sha1"] and zlib.crc32(raw) == att["crc32"]
    print(f"{att['name']:<10} {len(raw):>3} bytes  verified={ok}  first bytes={raw[:6]!r}")
print(base64.b64decode(received["attachments"][1]["data"]).decode("utf-8"))
print("urlsafe:", base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode(), base64.b64encode(b"\xfb\xff\xfe").decode())
