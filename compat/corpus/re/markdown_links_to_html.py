# Convert a subset of Markdown (links, emphasis, code, headings) to HTML with re.sub
import html
import re

markdown = """# Release Notes
## Version *2.0*
Read the [docs](https://example.com/docs "Documentation") or the [FAQ](/faq).
This is **important** and this is *emphasis*; `code_here()` stays <literal>.
Auto link: <https://python.org> and an image ![logo](/img/logo.png).
### Done_with_underscores_in_words
"""

RULES = [
    (re.compile(r"^(#{1,6})\s+(.+)$", re.M), lambda m: f"<h{len(m[1])}>{m[2]}</h{len(m[1])}>"),
    (re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)"), r'<img alt="\1" src="\2">'),
    (re.compile(r'\[([^\]]+)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)'),
     lambda m: f'<a href="{m[2]}"' + (f' title="{m[3]}"' if m[3] else "") + f">{m[1]}</a>"),
    (re.compile(r"&lt;(https?://[^&\s]+)&gt;"), r'<a href="\1">\1</a>'),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<em>\1</em>"),
]

code_spans: list[str] = []


def stash_code(m: re.Match) -> str:
    code_spans.append(m.group(1))
    return f"\x00{len(code_spans) - 1}\x00"


text = re.sub(r"`([^`]+)`", stash_code, markdown)
text = html.escape(text, quote=False)
for pattern, repl in RULES:
    text, n = pattern.subn(repl, text)
text = re.sub(r"\x00(\d+)\x00", lambda m: f"<code>{html.escape(code_spans[int(m[1])])}</code>", text)
print(text)
print("code spans:", code_spans)
