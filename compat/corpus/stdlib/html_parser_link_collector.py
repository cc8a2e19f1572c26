# HTMLParser subclass that collects links, headings and page text from a document
from html.parser import HTMLParser
from urllib.parse import urljoin

PAGE = """<!DOCTYPE html>
<html><head><title>Docs &amp; Guides</title>
<meta name="description" content="Project docs"></head>
<body>
<h1>Welcome</h1>
<p>Read the <a href="/guide/intro.html" class="nav">intro</a> or the
<a href='api.html#top'>API reference</a>.</p>
<h2>External</h2>
<ul><li><a href="https://example.org/x?a=1&amp;b=2">Example</a></li>
<li><a name="anchor-only">no href</a></li>
<li><A HREF="../up.html">Up</A></li></ul>
<img src="logo.png" alt="Logo"/>
<!-- a comment -->
<script>var s = "<a href='fake'>";</script>
</body></html>"""


class Collector(HTMLParser):
    def __init__(self, base):
        super().__init__()
        self.base = base
        self.links, self.headings, self.images, self.comments = [], [], [], []
        self.title = ""
        self._stack = []
        self._href = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._stack.append(tag)
        if tag == "a" and "href" in attrs:
            self._href = urljoin(self.base, attrs["href"])
            self._text = []
        elif tag == "img":
            self.images.append((attrs.get("src"), attrs.get("alt")))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self._stack.pop()

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if tag == "a" and self._href:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None

    def handle_data(self, data):
        top = self._stack[-1] if self._stack else None
        if top == "title":
            self.title += data
        elif top in ("h1", "h2"):
            self.headings.append((top, data.strip()))
        if self._href:
            self._text.append(data)

    def handle_comment(self, data):
        self.comments.append(data.strip())


p = Collector("https://docs.example.com/v2/index.html")
p.feed(PAGE)
p.close()
print("title:", p.title)
print("headings:", p.headings)
for href, text in p.links:
    print(f"link: {text!r:16} {href}")
print("images:", p.images)
print("comments:", p.comments)
