# Recursively redact secrets (passwords, tokens, card numbers) in a JSON log payload
import json
import re

PAYLOAD = """{
  "request_id": "r-77",
  "user": {"email": "maria@example.com", "password": "hunter2", "profile": {"phone": "+47 912 34 567"}},
  "headers": {"Authorization": "Bearer eyJhbGciOi.abc.def", "X-Api-Key": "k-123456", "Accept": "application/json"},
  "payment": {"card_number": "4111 1111 1111 1111", "cvv": "123", "amount": 49.0},
  "history": [{"token": "t1"}, {"note": "card 5500-0000-0000-0004 used"}]
}"""

SENSITIVE = re.compile(r"pass(word)?|token|secret|authorization|api[-_]?key|cvv", re.I)
CARD = re.compile(r"\b(?:\d[ -]?){12,15}(\d{4})\b")
EMAIL = re.compile(r"([\w.])[\w.]*@([\w.]+)")

redactions = []

def redact(node, path="$"):
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            p = f"{path}.{k}"
            if SENSITIVE.search(k):
                out[k] = "***"
                redactions.append(p)
            else:
                out[k] = redact(v, p)
        return out
    if isinstance(node, list):
        return [redact(v, f"{path}[{i}]") for i, v in enumerate(node)]
    if isinstance(node, str):
        masked = CARD.sub(r"**** **** **** \1", node)
        masked = EMAIL.sub(r"\1***@\2", masked)
        if masked != node:
            redactions.append(path)
        return masked
    return node

clean = redact(json.loads(PAYLOAD))
print(json.dumps(clean, indent=2))
print(f"{len(redactions)} redactions:")
for p in redactions:
    print("  -", p)
assert "hunter2" not in json.dumps(clean)
