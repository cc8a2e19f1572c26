# Validate passwords using lookahead assertions for each rule
import re

RULES = {
    "8+ chars": r"(?=.{8,})",
    "lowercase": r"(?=.*[a-z])",
    "uppercase": r"(?=.*[A-Z])",
    "digit": r"(?=.*\d)",
    "symbol": r"(?=.*[^\w\s])",
    "no spaces": r"(?!.*\s)",
    "no triple repeat": r"(?!.*(.)\1\1)",
}
STRONG = re.compile("^" + "".join(RULES.values()) + ".*$")

passwords = ["Secr3t!pass", "password", "Sh0rt!", "NoDigits!!", "With Space1!", "Aaa111!!!x", "G00d#Enough", "ÜBER-s1cher"]
for pw in passwords:
    failed = [name for name, rule in RULES.items() if not re.match(rule, pw)]
    verdict = "STRONG" if STRONG.match(pw) else "weak"
    print(f"{pw!r:<16} {verdict:<6} {', '.join(failed) if failed else ''}")

print()
print(re.findall(r"\d+(?=px)", "10px 20em 30px 40"))
print(re.findall(r"\b\w+(?!ing\b)\w{3}\b", "sing singing ring bring booking book"))
print(re.findall(r"\b(?!un)\w+able\b", "unable capable unstable readable"))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567 and 1000 and 999 and 12345678901"))
