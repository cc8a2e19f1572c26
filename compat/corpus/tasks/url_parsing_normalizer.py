# Normalise and analyse URLs with urllib.parse: strip tracking params, sort queries, resolve links
from urllib.parse import (parse_qs, parse_qsl, quote, unquote, urlencode, urljoin, urlsplit,
                          urlunsplit)

TRACKING = {"utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid"}
DEFAULT_PORTS = {"http": 80, "https": 443}

URLS = [
    "HTTPS://Shop.Example.COM:443/products/Shoes?utm_source=news&color=red&size=42#reviews",
    "http://example.com:8080/a/b/../c/./d.html?b=2&a=1&a=0",
    "https://example.com/search?q=caf%C3%A9+cr%C3%A8me&page=2&fbclid=XYZ",
    "https://user:pw@api.example.com/v1/items/?",
    "ftp://files.example.org/pub/data%20set.tar.gz",
]


def normalize(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    segments = []
    for seg in parts.path.split("/"):
        if seg == "..":
            if segments:
                segments.pop()
        elif seg not in (".", ""):
            segments.append(seg)
    path = "/" + "/".join(segments)
    if parts.path.endswith("/") and segments:
        path += "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query) if k not in TRACKING)
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


for url in URLS:
    print(url)
    print("  ->", normalize(url))

print()
u = urlsplit(URLS[2])
params = parse_qs(u.query)
print("search terms:", params["q"][0], "| page:", int(params["page"][0]))
print("credentials present:", urlsplit(URLS[3]).username is not None, "| password redacted:",
      URLS[3].replace(urlsplit(URLS[3]).password, "***"))
print("decoded file name:", unquote(urlsplit(URLS[4]).path.rsplit("/", 1)[-1]))

base = "https://docs.example.com/guide/install/linux.html"
for link in ["windows.html", "../api/index.html", "/changelog", "//cdn.example.com/x.js", "#top", "?v=2"]:
    print(f"{link:<24} => {urljoin(base, link)}")

query = urlencode({"q": "a&b = c", "tags": ["x y", "z"], "empty": ""}, doseq=True)
print("encoded query:", query)
print("quoted path:", quote("/files/annual report (final).pdf"))
print("quote_plus-ish safe:", quote("a/b c?d", safe=""))
