# URL manipulation with urllib.parse: parse, build query strings, join, quote
from urllib.parse import (urlparse, urlunparse, urlsplit, urlencode, parse_qs, parse_qsl,
                          quote, quote_plus, unquote, unquote_plus, urljoin, urldefrag)

url = "https://user:pw@api.example.com:8443/v1/search;type=a?q=caf%C3%A9+au+lait&page=2&tag=x&tag=y#results"
u = urlparse(url)
print(u.scheme, u.netloc, u.path, u.params, u.fragment)
print(u.hostname, u.port, u.username, u.password)
print(parse_qs(u.query))
print(parse_qsl(u.query))
print(urlsplit(url).path)

params = {"q": "data engineering & ML", "limit": 10, "sort": "-date", "fields": ["id", "name"]}
qs = urlencode(params, doseq=True)
print(qs)
print(urlencode({"path": "/a b/c"}, quote_via=quote))
new = u._replace(query=qs, fragment="", params="")
print(urlunparse(new))

print(quote("/path with spaces/ü.txt"), quote("a/b", safe=""), quote_plus("a b&c=d"))
print(unquote("%E2%82%AC%20100"), unquote_plus("x+y%2Bz"))

base = "https://example.com/docs/guide/index.html"
for ref in ["intro.html", "../api/", "/root", "//cdn.example.net/lib.js", "?v=2", "#sec", "https://other.org/"]:
    print(f"{ref:26} -> {urljoin(base, ref)}")
print(urldefrag("http://x.org/p?a=1#frag"))
print(parse_qs("a=1&b=&c", keep_blank_values=True), parse_qs("a=1&b=&c"))
print(urlparse("mailto:someone@example.com"), urlparse("//host/path").netloc)
