# Redact emails, IPs, API keys and card numbers from log text before sharing it
import re

RULES: list[tuple[str, re.Pattern, object]] = [
    ("email", re.compile(r"\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\.[A-Za-z]{2,})\b"), r"\1***\2"),
    ("ipv4", re.compile(r"\b(\d{1,3})\.\d{1,3}\.\d{1,3}\.(\d{1,3})\b"), r"\1.x.x.\2"),
    ("api_key", re.compile(r"(?i)\b(api[_-]?key|token|secret)(\s*[=:]\s*)(['\"]?)[\w-]{8,}\3"), r"\1\2\3[REDACTED]\3"),
    ("bearer", re.compile(r"(Authorization:\s*Bearer\s+)\S+"), r"\1<hidden>"),
    ("card", re.compile(r"\b(?:\d[ -]?){12}(\d{4})\b"), lambda m: "**** **** **** " + m.group(1)),
]

log = """\
2024-05-01 user=john.doe@example.com logged in from 192.168.10.25
2024-05-01 config api_key="sk_live_ABCDEF123456" token: ghp_0123456789abcdef
2024-05-01 request headers: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig
2024-05-02 payment card 4111-1111-1111-1234 charged; contact billing@shop.co.uk
2024-05-02 short secret=abc ok, version 1.2.3.4 is not an IP? (it matches anyway)
"""

redacted = log
summary = {}
for name, pattern, repl in RULES:
    redacted, n = pattern.subn(repl, redacted)
    summary[name] = n

print(redacted, end="")
print("-" * 40)
for name, n in summary.items():
    print(f"{name:<8} {n} replacement(s)")
leaks = re.findall(r"sk_live_\w+|ghp_\w+|4111", redacted)
print("remaining leaks:", leaks or "none")
