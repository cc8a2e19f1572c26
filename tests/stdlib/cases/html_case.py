import html
import html.parser
from html.entities import name2codepoint, html5, codepoint2name

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"), html.escape("<'\">&", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &eacute;&#233;&#xE9; &copy2023 &notit; &#0; &#x110000; &#128;"))
print(len(name2codepoint), name2codepoint["amp"], html5["gt;"], codepoint2name[169], len(html5))


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))


p = Collector()
p.feed("<!DOCTYPE html><html><head><title>T &amp; C</title>"
       "<script>if (a < b && c > d) {}</script></head>"
       "<body class='main' data-x=1 hidden><!-- note --><a href=\"/x?a=1&b=2\">link</a>"
       "<br/><img src=a.png alt=''><?xml version?><p>caf&eacute; &#169;</p>")
p.feed("<div>split ")
p.feed("across feeds</div>")
p.close()
for e in p.events:
    print(e)
print(p.getpos())
