# Find accidentally repeated words and characters using backreferences
import re

text = """This is is a test of the the duplicate finder.
It should catch catch words across
across line breaks, but not "that that" is fine? Maybe. The the case differs.
Bookkeeper has double double letters: oo kk ee."""

dup = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
for m in dup.finditer(text):
    line = text.count("\n", 0, m.start()) + 1
    print(f"line {line}: {m.group()!r} (word {m.group(1)!r}) at {m.span()}")

print()
print("fixed:", dup.sub(r"\1", text).splitlines()[0])
print("double letters:", re.findall(r"((\w)\2)", "Bookkeeper committee"))
print("runs of 3+:", [m.group() for m in re.finditer(r"(.)\1{2,}", "aaabccccdeeeeeef!!!")])
print("abab pattern:", re.findall(r"\b(\w+)\1\b", "abab xyxy hello byebye"))
print("html pairs:", re.findall(r"<(\w+)>.*?</\1>", "<b>x</b><i>y</b><u>z</u>"))
m = re.search(r"(?P<q>['\"])(.*?)(?P=q)", "say 'it\"s fine' now")
print("quoted:", m.group(2), m.group("q"))
