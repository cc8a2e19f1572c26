# Validate formatted identifiers with bounded quantifiers {m}, {m,}, {m,n} and {,n}
import re

CHECKS = {
    "zip code": (r"\d{5}(?:-\d{4})?", ["12345", "12345-6789", "1234", "123456", "12345-67"]),
    "username": (r"[a-z][a-z0-9_]{2,15}", ["bob", "al", "a_very_long_username1", "user_42", "9lives"]),
    "hex id": (r"[0-9a-f]{8,}", ["deadbeef", "cafe", "0123456789abcdef", "DEADBEEF"]),
    "short tag": (r"#\w{,5}", ["#", "#abc", "#abcde", "#abcdef"]),
    "isbn-10": (r"(?:\d[- ]?){9}[\dX]", ["0-306-40615-2", "0306406152", "030640615X", "03064061"]),
    "time": (r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?", ["09:30", "23:59:59", "24:00", "7:15", "12:60"]),
}

for label, (pattern, samples) in CHECKS.items():
    compiled = re.compile(pattern)
    results = ", ".join(f"{s}={'Y' if compiled.fullmatch(s) else 'n'}" for s in samples)
    print(f"{label:<10} /{pattern}/")
    print(f"           {results}")

print()
s = "aaaaaaa"
for q in ["{3}", "{2,4}", "{2,4}?", "{5,}", "{,2}", "{0}", "{3,3}"]:
    print(f"a{q:<7} findall -> {re.findall('a' + q, s)}")
print(re.findall(r"x{2}", "x{2} xx"), re.findall(r"x{a}", "x{a} xa"), re.findall(r"x{,}", "x{,}"))
print(re.fullmatch(r"(?:ab){2,3}", "ababab") is not None, re.fullmatch(r"(?:ab){2,3}", "abababab"))
