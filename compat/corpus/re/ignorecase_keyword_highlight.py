# Highlight search keywords case-insensitively in text, preserving original case
import re
from typing import Iterable


def highlight(text: str, keywords: Iterable[str], mark: str = "**") -> tuple[str, int]:
    words = sorted({k for k in keywords if k}, key=len, reverse=True)
    if not words:
        return text, 0
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    return pattern.subn(lambda m: f"{mark}{m.group(1)}{mark}", text)


passage = ("Python is great. PYTHON programmers love python's regex module; "
           "the Re module (re) supports IGNORECASE. C++ and C# are different languages.")

for kws in [["python"], ["re", "regex"], ["c++", "c#"], ["Python", "python module"], []]:
    out, n = highlight(passage, kws)
    print(f"{kws}: {n} hits")
    print("  ", out)

counts = {}
for m in re.finditer(r"python", passage, re.I):
    counts[m.group()] = counts.get(m.group(), 0) + 1
print(counts)
print(re.findall(r"(?i:py)thon", "PYthon Python PYTHON python"))
print(re.search(r"ΣΊΣΥΦΟΣ", "ο σίσυφος", re.I))
print(bool(re.match("[a-z]+", "HELLO", re.I)), bool(re.match("(?-i:[a-z]+)", "HELLO", re.I)))
