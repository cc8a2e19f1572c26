# Build and parse URLs with urllib.parse quoting, query strings and joins
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus,
                          urlencode, urljoin, urlsplit, urlunsplit)

params = {"q": "naïve café & bar", "page": 2, "tags": ["a b", "c/d"], "empty": ""}
query = urlencode(params, doseq=True)
print("query:", query)
print("parsed:", parse_qs(query, keep_blank_values=True))
print("pairs:", parse_qsl("a=1&b=&a=2&c", keep_blank_values=True))

print()
for s in ["hello world", "a/b?c=d&e", "ünïcödé", "~user_name.-", "100%"]:
    print(f"{s!r:<16} quote={quote(s)!r:<36} quote_plus={quote_plus(s)!r}")
print(unquote("caf%C3%A9%20au%20lait"), unquote_plus("a+b%2Bc"), quote("/path with space/", safe=""))

url = "https://user:pw@Example.COM:8443/a/b/../c;params?x=1&y=two#frag"
parts = urlsplit(url)
print()
print(parts.scheme, parts.netloc, parts.path, parts.query, parts.fragment)
print(parts.hostname, parts.port, parts.username, parts.password)
print(urlunsplit(parts._replace(query="z=9", fragment="")))

base = "https://example.com/docs/guide/intro.html"
for ref in ["setup.html", "../api/", "/root", "//cdn.example.org/x.js", "?v=2", "#top", "https://other.net/"]:
    print(f"{ref:<24} -> {urljoin(base, ref)}")
