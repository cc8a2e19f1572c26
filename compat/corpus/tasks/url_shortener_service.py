# URL shortener service: base62 codes from a counter and from sha256, collisions, redirects and click stats
import hashlib
import string
from collections import Counter
from urllib.parse import urlsplit

ALPHABET = string.digits + string.ascii_letters


def base62(n: int) -> str:
    if n == 0:
        return ALPHABET[0]
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(ALPHABET[r])
    return "".join(reversed(out))


def unbase62(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 62 + ALPHABET.index(ch)
    return n


class Shortener:
    def __init__(self, domain="sho.rt", start=100_000):
        self.domain = domain
        self.counter = start
        self.by_code: dict[str, str] = {}
        self.by_url: dict[str, str] = {}
        self.clicks = Counter()

    def shorten(self, url: str, custom: str | None = None) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not a valid web URL: {url!r}")
        if url in self.by_url and custom is None:
            return self.by_url[url]
        if custom:
            if custom in self.by_code:
                raise KeyError(f"alias {custom!r} already taken")
            code = custom
        else:
            self.counter += 1
            code = base62(self.counter)
        self.by_code[code] = url
        self.by_url.setdefault(url, code)
        return code

    def resolve(self, code: str) -> tuple[int, str]:
        if code not in self.by_code:
            return 404, "not found"
        self.clicks[code] += 1
        return 301, self.by_code[code]


def hashed_code(url: str, length: int = 7) -> str:
    digest = int.from_bytes(hashlib.sha256(url.encode()).digest()[:8], "big")
    return base62(digest)[:length]


svc = Shortener()
urls = ["https://docs.python.org/3/library/asyncio.html", "https://example.com/a?b=c",
        "https://docs.python.org/3/library/asyncio.html", "ftp://files.example.com/x", "notaurl"]
for u in urls:
    try:
        code = svc.shorten(u)
        print(f"{svc.domain}/{code:<8} <- {u}")
    except ValueError as e:
        print("error:", e)
for alias in ("pycon", "pycon"):
    try:
        print(f"{svc.domain}/{svc.shorten('https://us.pycon.org/2024/', custom=alias)} (custom)")
    except KeyError as e:
        print("error:", e.args[0])
for code in ["q0V", "pycon", "q0V", "q0W", "zzz", "pycon", "q0V"]:
    status, target = svc.resolve(code)
    print(f"GET /{code:<6} -> {status} {target}")
print("click stats:", svc.clicks.most_common())
print("base62 roundtrip:", [(n, base62(n), unbase62(base62(n))) for n in (0, 61, 62, 3843, 100_001)])
print("hash-based codes:", {u: hashed_code(u) for u in sorted(set(urls[:2]))})
