# Count replacements with re.subn and apply a chain of normalization rules
import re

RULES = [
    (r"\s+", " ", "collapse whitespace"),
    (r"([!?.]){2,}", r"\1", "repeated punctuation"),
    (r"\s*([,;:.!?])\s*", r"\1 ", "space after punctuation"),
    (r"(?i)\bteh\b", "the", "typo teh"),
    (r"\b(\w+)( \1\b)+", r"\1", "doubled words"),
    (r" +$", "", "trailing space"),
]

text = "This  is   teh  the  the best!!!  Really ??  Yes,it is ,truly .Teh end...   "
print(repr(text))
total = 0
for pattern, repl, label in RULES:
    text, n = re.subn(pattern, repl, text)
    total += n
    print(f"{label:<24} {n:>2} -> {text!r}")
print("total replacements:", total)

print()
s = "aaa bbb aaa ccc aaa"
for count in (0, 1, 2):
    print(count, re.subn("aaa", "X", s, count=count))
print(re.subn(r"x*", "-", "abc"))
print(re.subn(r"", "|", "hey"))
print(re.subn(r"(?m)^", "> ", "line one\nline two\n"))
