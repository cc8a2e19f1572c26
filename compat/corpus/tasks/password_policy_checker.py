# Password policy checker: rules with regex, entropy estimate, breached-list check via sha1 prefix
import hashlib
import math
import re
import string

BREACHED_SHA1 = {hashlib.sha1(p.encode()).hexdigest().upper() for p in
                 ["password", "123456", "qwerty", "letmein", "Password1!", "dragon"]}


def rules(min_len=10):
    return [
        ("length", lambda p: len(p) >= min_len, f"at least {min_len} characters"),
        ("upper", lambda p: re.search(r"[A-Z]", p), "an uppercase letter"),
        ("lower", lambda p: re.search(r"[a-z]", p), "a lowercase letter"),
        ("digit", lambda p: re.search(r"\d", p), "a digit"),
        ("symbol", lambda p: re.search(r"[^\w\s]", p), "a symbol"),
        ("repeat", lambda p: not re.search(r"(.)\1\1", p), "no character repeated 3+ times"),
        ("sequence", lambda p: not has_sequence(p), "no runs like 'abc' or '123'"),
    ]


def has_sequence(p, run=3):
    low = p.lower()
    for seq in (string.ascii_lowercase, string.digits, "qwertyuiop", "asdfghjkl"):
        for i in range(len(seq) - run + 1):
            if seq[i:i + run] in low:
                return True
    return False


def entropy_bits(p):
    pool = 0
    pool += 26 if re.search(r"[a-z]", p) else 0
    pool += 26 if re.search(r"[A-Z]", p) else 0
    pool += 10 if re.search(r"\d", p) else 0
    pool += 33 if re.search(r"[^\w]", p) else 0
    return len(p) * math.log2(pool) if pool else 0.0


def is_breached(p):
    digest = hashlib.sha1(p.encode()).hexdigest().upper()
    prefix, suffix = digest[:5], digest[5:]
    # simulate a k-anonymity range query: server returns suffixes for the prefix
    candidates = {h[5:] for h in BREACHED_SHA1 if h.startswith(prefix)}
    return suffix in candidates


def strength(bits):
    for limit, label in ((28, "very weak"), (36, "weak"), (60, "reasonable"), (128, "strong")):
        if bits < limit:
            return label
    return "very strong"


def check(p, username):
    failed = [desc for name, test, desc in rules() if not test(p)]
    if username.lower() in p.lower():
        failed.append("must not contain the username")
    if is_breached(p):
        failed.append("appears in a breach corpus")
    return failed


CANDIDATES = ["password", "Password1!", "Tr0ub4dor&3", "correct horse battery staple", "aaaBBB111!!!xyz",
              "jsmith2024!", "V3ry-L0ng_&_Rand0m#Pass", "Qwerty!987654"]
for pw in CANDIDATES:
    problems = check(pw, "jsmith")
    bits = entropy_bits(pw)
    verdict = "ACCEPT" if not problems else "REJECT"
    print(f"{pw!r:<32} {verdict}  ~{bits:5.1f} bits ({strength(bits)})")
    for p in problems:
        print(f"    - needs {p}" if not p.startswith(("must", "appears")) else f"    - {p}")
