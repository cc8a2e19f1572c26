# Normalize messy whitespace in text: tabs, non-breaking spaces, blank lines, trailing spaces
import re

raw = "  Title\t\twith   tabs  \r\n\r\n\r\n\n Paragraph\u00a0one has\u2003odd   spaces.   \nSecond   line\t \n\n\n\nParagraph two.\u200b\n   "


def normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    text = re.sub(r"[^\S\n]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


clean = normalize(raw)
print(repr(raw))
print(repr(clean))
print(clean)
print()
paragraphs = re.split(r"\n\s*\n", clean)
for i, p in enumerate(paragraphs, 1):
    words = re.findall(r"\S+", p)
    print(f"paragraph {i}: {len(words)} words, {len(re.findall(chr(10), p)) + 1} line(s)")
print(re.sub(r"(?m)^[ \t]+|[ \t]+$", "", "  a  \n\t b\t\n c"))
print([len(m.group()) for m in re.finditer(r"\s+", raw)])
print(re.sub(r"\s", "·", "a b\tc\u00a0d"), re.sub(r"(?a)\s", "·", "a b\tc\u00a0d"))
