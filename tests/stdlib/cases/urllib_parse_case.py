from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urlencode, parse_qs,
                          parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag)

u = urlparse("https://user:pw@Example.com:8443/a/b;p?q=1&r=two#frag")
print(u, u.hostname, u.port, u.username, u.password, u.netloc)
print(urlunparse(u), urlsplit("http://x.org/p?q#f"), urlunsplit(("http", "h", "/p", "a=1", "")))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/", "/x"), urljoin("http://a/b", "//c/d"))
print(urlencode({"q": "a b", "n": 1, "list": ["x", "y"]}, doseq=True), urlencode([("k", "v&w")]))
print(parse_qs("a=1&a=2&b=&c=3", keep_blank_values=True), parse_qsl("x=1;y=2&z"))
print(quote("a b/c?d=é"), quote("/path with space/", safe=""), quote_plus("a b+c"), unquote("%C3%A9%2F"), unquote_plus("a+b%21"))
print(urldefrag("http://x/y#z"), urlparse("mailto:someone@example.com"), urlparse("//host/path").netloc)
try:
    urlparse("http://[::1").hostname
except ValueError as e:
    print("ValueError", e)
