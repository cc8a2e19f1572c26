# Contrast greedy and non-greedy quantifiers when pulling data out of HTML snippets
import re

html = '<p>First <b>bold</b> and <i>italic</i></p><p class="note">Second <a href="/x?a=1&amp;b=2">link</a></p>'

print("greedy   :", re.findall(r"<p.*>", html))
print("lazy     :", re.findall(r"<p.*?>", html))
print("tags     :", re.findall(r"</?(\w+)[^>]*>", html))
print("paragraph:", re.findall(r"<p[^>]*>(.*?)</p>", html))
print("attrs    :", re.findall(r'(\w+)="([^"]*)"', html))
print("text only:", re.sub(r"<[^>]+>", "", html))

def unescape(s: str) -> str:
    entities = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}
    return re.sub(r"&(\w+);", lambda m: entities.get(m.group(1), m.group(0)), s)

for href, label in re.findall(r'<a href="(.*?)">(.*?)</a>', html):
    print("link:", label, "->", unescape(href))

print()
s = "aaaa"
for pat in ["a+", "a+?", "a*?", "a{2,3}", "a{2,3}?", "a??"]:
    print(f"{pat:<8} findall={re.findall(pat, s)}")
print(re.match(r"(.*?)(\d+)", "abc123").groups(), re.match(r"(.*)(\d+)", "abc123").groups())
print(re.findall(r"\(.*?\)", "f(a) + g(b, (c)) + h()"))
