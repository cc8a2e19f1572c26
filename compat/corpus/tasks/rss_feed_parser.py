# Parse an RSS feed with xml.etree.ElementTree: extract items, namespaces, categories; emit a summary XML
import xml.etree.ElementTree as ET
from collections import Counter
from email.utils import parsedate_to_datetime

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Example Engineering Blog</title>
    <link>https://blog.example.com</link>
    <item>
      <title>Scaling Postgres to 10k writes/s</title>
      <link>https://blog.example.com/postgres-scaling</link>
      <dc:creator>Jordan Lee</dc:creator>
      <pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>
      <category>databases</category><category>performance</category>
      <media:content url="https://cdn.example.com/pg.png" medium="image"/>
    </item>
    <item>
      <title>Our on-call handbook &amp; lessons learned</title>
      <link>https://blog.example.com/on-call</link>
      <dc:creator>Sam Ortiz</dc:creator>
      <pubDate>Fri, 16 Feb 2024 14:00:00 +0100</pubDate>
      <category>culture</category>
    </item>
    <item>
      <title>Faster CI with remote caching</title>
      <link>https://blog.example.com/ci-caching</link>
      <dc:creator>Jordan Lee</dc:creator>
      <pubDate>Mon, 22 Jan 2024 08:15:00 -0500</pubDate>
      <category>performance</category><category>ci</category>
    </item>
  </channel>
</rss>"""

NS = {"dc": "http://purl.org/dc/elements/1.1/", "media": "http://search.yahoo.com/mrss/"}

root = ET.fromstring(FEED)
channel = root.find("channel")
print("feed:", channel.findtext("title"), "|", channel.findtext("link"), "| rss", root.get("version"))

items = []
for item in channel.iterfind("item"):
    published = parsedate_to_datetime(item.findtext("pubDate"))
    media = item.find("media:content", NS)
    items.append({
        "title": item.findtext("title"),
        "author": item.findtext("dc:creator", namespaces=NS),
        "published": published,
        "tags": [c.text for c in item.findall("category")],
        "image": media.get("url") if media is not None else None,
    })

for it in sorted(items, key=lambda i: i["published"]):
    print(f"- {it['published'].isoformat()}  {it['title']}  by {it['author']}  tags={it['tags']}")
    if it["image"]:
        print(f"    image: {it['image']}")

tags = Counter(t for it in items for t in it["tags"])
print("tag counts:", dict(sorted(tags.items())))
print("posts per author:", dict(Counter(it["author"] for it in items)))

summary = ET.Element("summary", attrib={"source": channel.findtext("link")})
for tag, n in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])):
    ET.SubElement(summary, "tag", name=tag, count=str(n))
latest = ET.SubElement(summary, "latest")
latest.text = max(items, key=lambda i: i["published"])["title"]
ET.indent(summary)
print(ET.tostring(summary, encoding="unicode"))
try:
    ET.fromstring("<rss><channel></rss>")
except ET.ParseError as e:
    print("malformed feed:", e)
