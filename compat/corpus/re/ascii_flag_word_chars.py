# Show how re.ASCII changes \w, \d, \s and \b on Unicode text
import re

text = "naïve café Ωmega 数字 ١٢٣ 42 snake_case\u00a0nbsp"

for flags, label in [(0, "unicode"), (re.ASCII, "ascii")]:
    print(f"[{label}]")
    print("  \\w+ :", re.findall(r"\w+", text, flags))
    print("  \\d+ :", re.findall(r"\d+", text, flags))
    print("  \\s  :", [hex(ord(c)) for c in re.findall(r"\s", text, flags)])
    print("  \\bc :", re.findall(r"\bc\w*", text, flags))

print()
print(re.findall(r"(?a)[^\W\d_]+", "mañana über 2day"))
print(re.findall(r"[^\W\d_]+", "mañana über 2day"))
print(re.fullmatch(r"\d+", "١٢٣") is not None, re.fullmatch(r"\d+", "١٢٣", re.A) is not None)
print(re.findall(r"(?i)straße", "STRASSE Straße STRAẞE"))
print(re.findall(r"(?ia)k", "K k \u212a"), re.findall(r"(?i)k", "K k \u212a"))
try:
    re.compile(r"\w", re.ASCII | re.LOCALE)
except ValueError as e:
    print("ValueError:", e)
