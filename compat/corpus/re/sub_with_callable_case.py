# Use re.sub with callables to transform matches: units conversion, case fixes, numbering
import re

text = "Run 5 km, then 10 km more. Lift 20 kg twice. Total 15.5 km; carry 2.25 kg."


def km_to_miles(m: re.Match) -> str:
    km = float(m.group(1))
    return f"{km * 0.621371:.2f} mi"


def kg_to_lb(m: re.Match) -> str:
    return f"{float(m['n']) * 2.20462:.1f} lb"


converted = re.sub(r"(\d+(?:\.\d+)?) km\b", km_to_miles, text)
converted = re.sub(r"(?P<n>\d+(?:\.\d+)?) kg\b", kg_to_lb, converted)
print(converted)

counter = iter(range(1, 100))
numbered = re.sub(r"TODO", lambda m: f"TODO#{next(counter)}", "TODO: a. TODO: b. later TODO")
print(numbered)

sentence = "the EU and the UN met in paris with NATO and the who"
acronyms = {"eu", "un", "nato", "who"}
fixed = re.sub(r"\b\w+\b", lambda m: m.group().upper() if m.group().lower() in acronyms else m.group().capitalize() if m.group() == "paris" else m.group(), sentence)
print(fixed)

def redact(m: re.Match) -> str:
    digits = re.sub(r"\D", "", m.group())
    return "*" * (len(digits) - 4) + digits[-4:]

print(re.sub(r"\b(?:\d[ -]?){12,15}\d\b", redact, "card 4111 1111 1111 1111 and 5500-0000-0000-0004 ok"))
print(re.sub(r"\s+", lambda m: " " if "\n" not in m.group() else "\n", "a   b\t\tc \n  d"))
print(re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2][::-1], "hello regex world"))
