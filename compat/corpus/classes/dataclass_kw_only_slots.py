# Dataclasses with kw_only, KW_ONLY sentinel and slots=True for request options
from dataclasses import dataclass, field, KW_ONLY, fields


@dataclass(kw_only=True, slots=True)
class RetryPolicy:
    attempts: int = 3
    backoff: float = 0.5
    retry_on: tuple = (500, 502, 503)

    def delays(self):
        return [round(self.backoff * 2 ** i, 3) for i in range(self.attempts)]


@dataclass(slots=True)
class Request:
    method: str
    url: str
    _: KW_ONLY
    timeout: float = 10.0
    headers: dict = field(default_factory=dict)
    retry: RetryPolicy = field(default_factory=RetryPolicy)


r = Request("GET", "https://example.org/items", timeout=2.5, headers={"Accept": "json"})
print(r)
print(r.retry.delays())
print(Request.__slots__)
print([(f.name, f.kw_only) for f in fields(Request)])
print(RetryPolicy(attempts=5, backoff=0.1).delays())

try:
    Request("POST", "https://example.org", 30)
except TypeError as e:
    print("TypeError:", e)
try:
    RetryPolicy(2)
except TypeError as e:
    print("TypeError:", e)
try:
    r.verbose = True
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(r, "__dict__"), r == Request("GET", "https://example.org/items", timeout=2.5, headers={"Accept": "json"}))
