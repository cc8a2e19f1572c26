# Check password strength rules using string module constants
import string

RULES = [
    ("lowercase", string.ascii_lowercase),
    ("uppercase", string.ascii_uppercase),
    ("digit", string.digits),
    ("symbol", string.punctuation),
]


def check(password: str) -> tuple[int, list[str]]:
    missing = [name for name, chars in RULES if not any(c in chars for c in password)]
    score = len(RULES) - len(missing)
    if len(password) >= 12:
        score += 1
    if any(c in string.whitespace for c in password):
        missing.append("no-whitespace")
        score -= 1
    if not all(c in string.printable for c in password):
        missing.append("printable-only")
    return score, missing


for pw in ["password", "Passw0rd!", "correct horse battery", "Tr0ub4dor&3xyz", "ÅÄÖ123abc", "12345"]:
    score, missing = check(pw)
    print(f"{pw!r:<24} score={score} missing={', '.join(missing) or '-'}")

print()
print("digits     :", string.digits)
print("hexdigits  :", string.hexdigits)
print("octdigits  :", string.octdigits)
print("punctuation:", string.punctuation, len(string.punctuation))
print("whitespace :", repr(string.whitespace))
print("letters    :", string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print("printable  :", len(string.printable), repr(string.printable[-6:]))
print("capwords   :", string.capwords("  hello   wide  world "), string.capwords("a-b-c", "-"))
