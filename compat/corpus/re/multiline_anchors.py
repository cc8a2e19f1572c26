# Compare ^ and $ with and without re.MULTILINE, plus \A and \Z anchors
import re

doc = """Title: Weekly Report
Author: Jane Doe
status: draft

- item one
- item two
  - nested item
- item three
Total: 3 items
"""

print("without M:", re.findall(r"^\w+:", doc))
print("with M   :", re.findall(r"^\w+:", doc, re.M))
print("headers  :", dict(re.findall(r"^(\w+):\s*(.*)$", doc, re.MULTILINE)))
print("bullets  :", re.findall(r"^- (.+)$", doc, re.M))
print("nested   :", re.findall(r"^\s+- (.+)$", doc, re.M))
print("line ends:", re.findall(r"\w+$", doc, re.M)[:4])
print("last word:", re.findall(r"\w+$", doc), re.findall(r"\w+\Z", doc))
print("blank lines at:", [m.start() for m in re.finditer(r"^$", doc, re.M)])
print("\\A vs ^  :", re.findall(r"\A\w+", doc, re.M), len(re.findall(r"^\w+", doc, re.M)))
print("$ before final newline:", bool(re.search(r"items$", doc)), bool(re.search(r"items\Z", doc)))

numbered = re.sub(r"^", lambda m, c=iter(range(1, 100)): f"{next(c):02d}| ", doc.rstrip("\n"), flags=re.M)
print(numbered)
print(re.split(r"\n(?=^\w+:)", doc.strip(), flags=re.M))
