# Suggest spelling corrections using Levenshtein distance and difflib
import difflib

DICTIONARY = ["apple", "banana", "orange", "grape", "pineapple", "apricot", "peach", "pear",
              "plum", "mango", "melon", "lemon", "lime", "cherry", "berry"]


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def suggest(word: str, max_dist: int = 2) -> list[tuple[int, str]]:
    scored = sorted((levenshtein(word, w), w) for w in DICTIONARY)
    return [(d, w) for d, w in scored if d <= max_dist][:3]


for typo in ["aple", "banan", "ornage", "chery", "lemno", "kiwi", "peach", "pinapple"]:
    s = suggest(typo)
    close = difflib.get_close_matches(typo, DICTIONARY, n=3, cutoff=0.6)
    print(f"{typo:<9} lev={s!s:<40} difflib={close}")

print()
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("straße", "strasse")]:
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    print(f"{a!r:>9} vs {b!r:<10} distance={levenshtein(a, b)} ratio={ratio:.3f}")

diff = difflib.unified_diff(["one\n", "two\n", "three\n"], ["one\n", "2\n", "three\n", "four\n"], "old", "new", lineterm="\n")
print("".join(diff), end="")
