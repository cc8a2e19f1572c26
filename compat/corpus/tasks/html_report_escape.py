# Build an HTML table report from user-supplied records, escaping everything with html.escape
import html

COMMENTS = [
    {"user": "alice", "rating": 5, "text": "Great product! <3"},
    {"user": "bob<script>", "rating": 1, "text": '<script>alert("xss")</script>'},
    {"user": "carol & co", "rating": 4, "text": "Works with \"quotes\" & 'apostrophes'"},
    {"user": "dave", "rating": 3, "text": "Meh. 5 > 3 but < 10"},
]


def stars(n: int) -> str:
    return "\u2605" * n + "\u2606" * (5 - n)


def render_row(c: dict) -> str:
    cls = "good" if c["rating"] >= 4 else "bad" if c["rating"] <= 2 else "ok"
    cells = [
        f"<td>{html.escape(c['user'])}</td>",
        f"<td title=\"{html.escape(str(c['rating']))} of 5\">{stars(c['rating'])}</td>",
        f"<td>{html.escape(c['text'])}</td>",
    ]
    return f'  <tr class="{cls}">' + "".join(cells) + "</tr>"


def render_table(rows: list[dict], caption: str) -> str:
    parts = ["<table>", f"  <caption>{html.escape(caption)}</caption>",
             "  <tr><th>User</th><th>Rating</th><th>Comment</th></tr>"]
    parts += [render_row(r) for r in rows]
    parts.append("</table>")
    return "\n".join(parts)


def render_link(url: str, label: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'


page = render_table(COMMENTS, "Reviews for <Widget Pro>")
print(page)
print(render_link('https://example.com/search?q=a&b="c"', "Search & find"))
print("average rating:", sum(c["rating"] for c in COMMENTS) / len(COMMENTS))
print("escaped length vs raw:", len(page), sum(len(c["text"]) for c in COMMENTS))
print("unescape roundtrip ok:", all(html.unescape(html.escape(c["text"])) == c["text"] for c in COMMENTS))
print(html.unescape("&lt;b&gt;caf&eacute; &amp; cr&egrave;me&lt;/b&gt; &#x1F600; &copy;"))
