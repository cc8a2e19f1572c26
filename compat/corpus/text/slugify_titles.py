# Convert article titles into URL slugs with unicode folding and de-duplication
import re
import unicodedata


def slugify(title: str, max_len: int = 40) -> str:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace("&", " and ").replace("'", "")
    words = "".join(c if c.isalnum() else " " for c in text).split()
    slug = "-".join(words)
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug or "untitled"


titles = [
    "Hello, World!",
    "Python 3.11: What's New?",
    "Crème Brûlée & Café au Lait",
    "   Multiple   spaces   here   ",
    "Ünïcödé Everywhere — Really",
    "A very long title that keeps going on and on beyond the limit",
    "!!!",
    "Hello, World!",
    "hello world",
    "Straße in Köln",
]

seen: dict[str, int] = {}
for t in titles:
    base = slugify(t)
    n = seen.get(base, 0)
    seen[base] = n + 1
    slug = base if n == 0 else f"{base}-{n + 1}"
    print(f"{t!r:<66} -> {slug}")

print(re.sub(r"[^a-z0-9]+", "-", "Already--Slugged__Text".lower()).strip("-"))
