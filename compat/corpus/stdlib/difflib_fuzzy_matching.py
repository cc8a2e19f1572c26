# Fuzzy matching of command names and column headers with difflib
import difflib

commands = ["install", "uninstall", "update", "upgrade", "list", "search", "show", "freeze"]
for typo in ["instal", "upgarde", "serch", "lsit", "xyz", "updat"]:
    matches = difflib.get_close_matches(typo, commands, n=3, cutoff=0.6)
    print(f"{typo!r}: did you mean {matches}?")

expected = ["customer_id", "first_name", "last_name", "email_address", "signup_date"]
actual = ["CustomerID", "firstname", "Last Name", "e-mail", "signup_dt", "notes"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


mapping = {}
for col in actual:
    best = max(expected, key=lambda e: difflib.SequenceMatcher(None, norm(col), norm(e)).ratio())
    score = difflib.SequenceMatcher(None, norm(col), norm(best)).ratio()
    mapping[col] = (best if score >= 0.6 else None, round(score, 3))
for k, v in mapping.items():
    print(f"{k:12} -> {v}")

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), round(sm.quick_ratio(), 4), round(sm.real_quick_ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(tag, (i1, i2), (j1, j2))
m = sm.find_longest_match(0, len(sm.a), 0, len(sm.b))
print(m, sm.a[m.a:m.a + m.size])
print(sm.get_matching_blocks())
junk = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "abcd")
print(round(junk.ratio(), 3))
