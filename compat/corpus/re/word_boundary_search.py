# Whole-word search with \b and \B, contrasted with plain substring matching
import re

text = "The cat scattered the catalog; a bobcat and a cat-like catcat. Cat! concatenate cat's"

print("substring count:", text.lower().count("cat"))
print("\\bcat\\b        :", [m.span() for m in re.finditer(r"\bcat\b", text)])
print("(?i)\\bcat\\b    :", re.findall(r"(?i)\bcat\b", text))
print("cat prefix     :", re.findall(r"\bcat\w*", text))
print("cat suffix     :", re.findall(r"\w*cat\b", text))
print("inside word    :", re.findall(r"\Bcat\B", text), len(re.findall(r"\Bcat\B", text)))
print("\\B before      :", re.findall(r"\w+(?=\Bcat\b)", text))

def whole_word_replace(s: str, old: str, new: str) -> str:
    return re.sub(rf"\b{re.escape(old)}\b", new, s)

print(whole_word_replace(text, "cat", "dog"))
print(whole_word_replace("i = index + i * 2; print(i)", "i", "count"))
print(re.findall(r"\b\w", "hello big world"), re.findall(r"\w\b", "hello big world"))
print(re.split(r"\b", "a-b c"), re.findall(r"\b", "ab cd"))
print(re.findall(r"\b\d{3}\b", "123 4567 89 012 3.14 555"))
print(bool(re.search(r"\bnaïve\b", "so naïve!")), bool(re.search(r"(?a)\bnaïve\b", "so naïve!")))
print(re.findall(r"\bé\w+", "été école état"), re.findall(r"(?a)\b\w+", "été école"))
