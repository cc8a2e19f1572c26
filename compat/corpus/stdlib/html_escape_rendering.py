# Render user-supplied comments into an HTML table using html.escape and html.unescape
import html

comments = [
    ("alice", "I <3 this product & would buy again!"),
    ("bob", '<script>alert("xss")</script>'),
    ("carol", "Price was \"fair\" at 5 > 3 'units'"),
    ("dan", "Caf\u00e9 \u2014 na\u00efve r\u00e9sum\u00e9"),
]

rows = []
for user, text in comments:
    rows.append(f"  <tr><td>{html.escape(user)}</td><td>{html.escape(text)}</td></tr>")
print("<table>")
print("\n".join(rows))
print("</table>")

print(html.escape("a 'quoted' \"text\"", quote=False))
print(html.escape("a 'quoted' \"text\""))
attr = 'x" onmouseover="evil()'
print(f'<input value="{html.escape(attr)}">')

encoded = "&lt;b&gt;bold&lt;/b&gt; &amp;amp; &copy; 2024 &eacute;t&eacute; &#8364;5 &#x1F600; &nbsp;| &notanentity; &amp"
decoded = html.unescape(encoded)
print(decoded.encode("unicode_escape").decode("ascii"))
for original in [t for _, t in comments]:
    assert html.unescape(html.escape(original)) == original
print("round trip ok for", len(comments), "comments")
print(html.unescape("&lt;&GT;&Amp;&quot;&apos;&#39;"))
