# Break URLs into components with a verbose regex and extract links from text
import re

URL_RE = re.compile(r"""
    ^(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*)://
    (?:(?P<user>[^:@/]+)(?::(?P<password>[^@/]*))?@)?
    (?P<host>\[[0-9a-fA-F:]+\]|[^:/?#]+)
    (?::(?P<port>\d+))?
    (?P<path>/[^?#]*)?
    (?:\?(?P<query>[^#]*))?
    (?:\#(?P<fragment>.*))?$
""", re.VERBOSE)

urls = [
    "https://example.com",
    "http://user:secret@api.example.org:8080/v1/items?id=3&sort=asc#top",
    "ftp://files.example.net/pub/file.tar.gz",
    "https://[2001:db8::1]:443/path",
    "mailto:someone@example.com",
    "postgres://admin@db:5432/prod",
]

for url in urls:
    m = URL_RE.match(url)
    if not m:
        print(f"{url}: no match")
        continue
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    print(url)
    for key, value in parts.items():
        print(f"    {key:<9}= {value}")
    if parts.get("query"):
        print("    params  =", dict(re.findall(r"([^&=]+)=([^&]*)", parts["query"])))

text = "See https://docs.python.org/3/library/re.html, or http://example.com/a_(b). Also www.nope and https://x.io!"
links = re.findall(r"https?://[^\s,]+?(?=[.,!?)]?(?:\s|$))", text)
print("\nlinks:", links)
